/* test_header.c: the header reader's rules, one line each: a page made
 * for the rule, the field it must give (or leave empty), and the source
 * it must name. The shapes are those of real pages (tests/pages). */
#include <stdlib.h>
#include <string.h>

#include "dossier/doc.h"
#include "dossier/import_text.h"
#include "dossier/text.h"
#include "test.h"

struct rule {
	const char *what;
	const char *page;
	const char *field;      /* title, date, kind, number, from, to, place, summary, url, source */
	const char *want;       /* the value (parties joined by "; "), NULL for none */
	const char *source;     /* the source it must name, or NULL */
};

#define PAGE_LEAD                                                                                                    \
	"Ulbricht to Khrushchev on the Berlin Wall (1961)\n\nIn September 1961 East German leader Walter Ulbricht wrote " \
	"to Soviet leader Nikita Khrushchev, reflecting on the border:\n\n\xe2\x80\x9cWe achieved the following things.\n"

/* Pages two rules read, each for a field of its own. */
#define PAGE_MARX_1868 \
	"Published in English for the first time in Collected Works, Volume 42\nMARX TO ENGELS\nIN MANCHESTER\n" \
	"London, 3 May 1868\nDear Fred,\nThe books came on Monday and I have read them since. Tussy is well.\n" \
	"Further, the proofs from Hamburg are here; what do you think of the preface? So far it has not been pressing.\n"
#define PAGE_PETROV_1968 \
	"May 30, 1968\n\n\n    V. Petrov reports to the CPSU CC about the observations of Soviet journalists inside Poland " \
	"during the developing 1968 crisis.\n    \"Report on Statements by Soviet Journalists in Poland,\" May 30, 1968, History " \
	"and Public Policy Program Digital Archive, RGANI, F. 5, Op. 60, D. 1.\nIn connection with preparations for the Days of " \
	"Culture a group of journalists visited the country.\n"
#define PAGE_OKITA_1980 \
	"Skip to content\n\nMarch 3, 1980\n\nMeeting between Foreign Minister Okita and Vice Premier Gu Mu (Summary " \
	"Record)\n\nThe talks began at 9:10.\n"
#define PAGE_JAY_1786 \
	"Gilder Lehrman Collection Documents\nOther Documents\n\nTRANSCRIPT GLC 1234.56\n" \
	"John A. Jay. Letter: New York, to Thomas Jefferson, 1786 May 02. 3 p.\n\nNew York May 2d. 1786\n\nDear Sir\n\n" \
	"Your letter of the 12th came to hand on Monday.\n"
#define PAGE_KOWALSKI_1975 \
	"March 3, 1975\n\nMemo of Meeting Between Polish Deputy Foreign Minister, Jan Kowalski, and Cuban Ambassador to " \
	"Poland, Luis Perez\n\nThe ambassador called at his request.\n"
#define PAGE_PUWP_1981 \
	  "In lieu of an abstract, here is a brief excerpt of the content:\n\n342 Document No. 60: Information o" \
	  "n Brezhnev Meeting with Kania and Jaruzelski on August 14, 1981 August 22, 1981 After the PUWP\xe2\x80" \
	  "\x99s Extraordinary Ninth Congress in July, the Kremlin held out slim hopes once more that Kania and " \
	  "Jaruzelski would take advantage of their political momentum and move firmly against Solidarity and it" \
	  "s allies. One month later, a clearly incensed Brezhnev berates the two Poles for their \xe2\x80\x9c" "c" \
	  "omplacency\xe2\x80\x9d and warns them that it may already be \xe2\x80\x9ctoo late\xe2\x80\x9d to save" \
	  " socialism in Poland. In blunt language , he calls for \xe2\x80\x9c" "extreme\xe2\x80\x9d actions to " \
	  "suit the circumstances, and proceeds to lay out a series of specific examples, even as he insists tha" \
	  "t the ultimate decision on what to do is up to the Poles themselves. [\xe2\x80\xa6] On August 14, 198" \
	  "1, a meeting took place in the Crimea between CPSU CC general Secretary and Chairman of the USSR Supr" \
	  "eme Soviet Cde. L. I. Brezhnev , First Secretary of the PUWP CC S. Kania, and PUWP CC Politburo membe" \
	  "r and Chairman of the PPR Council of Ministers W. Jaruzelski. Cdes. A. A. gromyko, K. U. Chernenko an" \
	  "d K. V. Rusakov took part in the discussion. The CPSU CC attached great significance to this meeting " \
	  "with the Polish leadership. At the beginning of the discussion Cde. L. I. Brezhnev expressed serious " \
	  "apprehension about where Poland was going. We had hopes, he said to Cdes. S. Kania and W. Jaruzelski," \
	  " that after the Congress a certain change in the course of events would be detected. In fact, the sit" \
	  "uation continues to get worse and the counter-revolution is intensifying its pressure. All the steps " \
	  "the CPSU and the Soviet Union have taken in the course of the Polish crisis have been dictated solely" \
	  " by a concern for the interests of socialist Poland. Cde. L. I. Brezhnev proposed with complete frank" \
	  "ness, as befits communists , to speak a little about Polish matters. Cdes. Kania and Jaruzelski recou" \
	  "nted in some detail the situation in the country and in t"
#define PAGE_STALIN_1945 \
	  "J. V. Stalin\n\nTo the Prime Minister of Mongolia\n\nAugust, 1945\n\nSource : Works, Vol. 16\nPublisher : Red Star Press " \
	  "Ltd., London, 1986\nTranscription/HTML Markup : Salil Sen for MIA, 2009\nPublic Domain : Marxists Internet Archive " \
	  "(2009). You may freely copy, distribute, display and perform this work.\n\nI thank you with all my heart for your " \
	  "congratulations upon our total victory over the Japanese aggressors.\n"

static const struct rule rules[] = {
	/* The archive's apparatus. */
	{ "a date line over the title is the archive's",
	  "Skip to content\n\nNovember 1, 1962\n\nTelegram from Dobrynin to USSR Foreign Ministry\n\nText.\n", "date", "1962-11-01",
	  "date line" },
	{ "the title line under it", "Skip to content\n\nNovember 1, 1962\n\nTelegram from Dobrynin to USSR Foreign Ministry\n\nText.\n",
	  "title", "Telegram from Dobrynin to USSR Foreign Ministry", "title line" },
	{ "an archive's estimate of an undated paper's year on its date line ('c. 1962') is the year",
	  "Skip to content\n\nc. 1962\n\nLetter from Kim Il Sung to Stalin\n\nText.\n", "date", "1962", "date line" },
	{ "... and no title ('Summer 1962')",
	  "Skip to content\n\nSummer 1962\n\nLetter from Kim Il Sung to Stalin\n\nText.\n", "title",
	  "Letter from Kim Il Sung to Stalin", "title line" },
	{ "header lines one newline apart",
	  "October 22, 1962\nTelegram from Soviet Ambassador to the USA Dobrynin to the USSR MFA\nTOP SECRET\nRusk invited me.\n",
	  "title", "Telegram from Soviet Ambassador to the USA Dobrynin to the USSR MFA", "title line" },
	{ "date and title on one line",
	  "Digital Archive International History Declassified\n\nNovember 06, 1962 Ciphered Telegram from Anastas Mikoyan to CC "
	  "CPSU\n\nText.\n",
	  "date", "1962-11-06", "date line" },
	{ "a summary first, then the title",
	  "August 01, 1961\n\n    Transcription of a meeting in Moscow between Khrushchev and Ulbricht. They discuss plans to close the "
	  "border between East and West Berlin.\n    August 01, 1961\nNotes on the Conversation of Comrade N.S. Khrushchev with "
	  "Comrade W. Ulbricht\n\nN. S. Khrushchev: I have read your speech.\n",
	  "title", "Notes on the Conversation of Comrade N.S. Khrushchev with Comrade W. Ulbricht", "title line" },
	{ "a summary is no title",
	  "Search in\n\nOctober 18, 1962\n\nA conversation with Ordoqui in which the U-2 spy plane and the preparations for war "
	  "were discussed at length.\n\nText of the cable.\n",
	  "summary", "A conversation with Ordoqui in which the U-2 spy plane and the preparations for war were discussed at length.",
	  "summary" },
	{ "furniture is no title", "Search in\nADD SEARCH FILTER CANCEL SEARCH FILTER\n\nMarch 22, 1979\n\n  \xe2\x80\xa2 Citation\n\n"
	  "    get citation\n\n    \"Transcript of CPSU CC Politburo Session on Afghanistan,\" March 22, 1979, History and Public "
	  "Policy Program Digital Archive, TsKhSD, f. 89\n\nBREZHNEV. We reviewed the issues.\n",
	  "title", "Transcript of CPSU CC Politburo Session on Afghanistan", "citation" },
	{ "a citation's archive is the source", "**Citation:**\n\n\"Cable # 600428/sh, Chinese Embassy in Pyongyang to the Foreign "
	  "Ministry\", March 1953, Wilson Center Digital Archive, PRC FMA 106-00012-01.\n\nBody.\n",
	  "source", "PRC FMA 106-00012-01.", "citation" },
	{ "a citation glued to the summary before it",
	  "TELEGRAM, EMBASSY OF HUNGARY TO THE FOREIGN MINISTRY\nCITATION SHARE DOWNLOAD-\nThe Embassy reports on a visit.\"Telegram, "
	  "Embassy of Hungary in North Vietnam to the Hungarian Foreign Ministry,\" October 29, 1971, History and Public Policy "
	  "Program Digital Archive, MOL\nText.\n",
	  "date", "1971-10-29", "citation" },
	{ "labels run into one line are read one by one",
	  "Digital Archive digitalarchive.wilsoncenter.org International History Declassified November 06, 1962 Ciphered Telegram "
	  "from Anastas Mikoyan to CC CPSU Citation: \xe2\x80\x9c" "Ciphered Telegram from Anastas Mikoyan to CC CPSU,\xe2\x80\x9d "
	  "November 06, 1962, History and Public Policy Program Digital Archive, APRF. Summary: Mikoyan reports to the CC CPSU "
	  "regarding his conversations with the Cuban leadership. Original Language: Russian Contents: English Translation TOP "
	  "SECRET It seems to me that it is now possible.\n",
	  "language", "Russian", "label" },
	{ "a title line that lost words is the citation's",
	  "Digital Archive digitalarchive.wilsoncenter.org International History Declassified\n\nJanuary 23, 1959 Letter from "
	  "Prime Minister of to the Prime Minister of , 23\n\nCitation:\n\n\xe2\x80\x9cLetter from Prime Minister of China to the "
	  "Prime Minister of India, 23 January 1959,\xe2\x80\x9d , 1959, History and Public Policy Program Digital Archive.\n",
	  "title", "Letter from Prime Minister of China to the Prime Minister of India, 23 January 1959", "citation" },
	/* Catalogues. */
	{ "a catalogue's creation date is not the paper's",
	  "MEMO FOR MR. DULLES FROM L.K. WHITE\nDocument Type:\nDocument Creation Date:\nDecember 14, 2016\nPublication Date:\nMarch "
	  "3, 1956\nContent Type:\nMF\nBody:\nApproved For Release 2002/11/13 : CIA-RDP80B01676R001100080005-9\nText.\n",
	  "date", "1956-03-03", "label" },
	{ "a catalogue's content type is a kind",
	  "DEPUTIES' MEETING\nDocument Type:\nPublication Date:\nNovember 28, 1955\nContent Type:\nMIN\nBody:\nText.\n", "kind",
	  "minutes", "label" },
	{ "a release stamp is no date",
	  "Approved For Release 2005/06/14 : CIA-RDP80B01676R001200030012-3\n\nThe meeting was held.\n", "date", NULL, NULL },
	{ "a catalogue's memorandum title names its parties",
	  "MEMO FOR MR. DULLES FROM L.K. WHITE\nDocument Type:\nCollection:\nRelease Decision:\nRIPPUB\nPublication Date:\nMarch 3, "
	  "1956\nText.\n",
	  "from", "White",
	  "title line" },
	{ "a day, a note's star and the record's number head the paper",
	  "3 March 1980*, Pb 187/4\n\nPolitburo. On the delegation.\n\nApprove the text.\n", "date", "1980-03-03", "date line" },
	{ "a day opening the line under a heading is the paper's",
	  "Letter of the Central Committee of the SED to the CC of the CPSU\nMay 3, 1971. Berlin: Dietz Verlag, 1971.\n"
	  "Dear comrades,\n\nWe write.\n", "date", "1971-05-03", "heading" },
	{ "a collection's topic and its notes in brackets are no parties",
	  "Archive (Carter Library)\n\nMiddle East: Sadat to Carter (the Sinai talks) [declassified 1998]\n\n"
	  "Document type: Declassified documents\n\nSeptember 3, 1978\n\nDear Mr President,\n\nWe met.\n",
	  "from", "Sadat", "title line" },
	{ "... the recipient too",
	  "Archive (Carter Library)\n\nMiddle East: Sadat to Carter (the Sinai talks) [declassified 1998]\n\n"
	  "Document type: Declassified documents\n\nSeptember 3, 1978\n\nDear Mr President,\n\nWe met.\n",
	  "to", "Carter", "title line" },
	{ "a web page's image captions are furniture, no signature",
	  "Dear Sir,\n\nThe wheat will come in May.\n\nYours faithfully,\n\nFooter Image\n", "from", NULL, NULL },
	{ "a memorandum for the record goes to no one",
	  "MEMORANDUM FOR THE RECORD FROM L. K. WHITE\n\n3 December 1968\n\n1. The Director met the staff.\n", "to", NULL,
	  NULL },
	{ "... and comes from its writer",
	  "MEMORANDUM FOR THE RECORD FROM L. K. WHITE\n\n3 December 1968\n\n1. The Director met the staff.\n", "from",
	  "White", NULL },
	{ "a memorandum header's colon typed apart is no part of the name",
	  "MEMORANDUM FOR : ONE Board and Staff\nFROM : Chief, Estimates Staff\nSUBJECT : Papers\n\n1. Text.\n",
	  "from", "Estimates Staff (Chief)", NULL },
	{ "a cable form's line of fields gives the cable's number, over a series' on its own line",
	  "Enciphered Cable\n\nFrom: Paris          No. 31207          Time: 09:10          Date: 3/V/1961\n\n"
	  "Special No. 412\n\nWe met the minister today.\n",
	  "number", "31207", "cable form" },
	{ "one label and a number on a line is no cable form",
	  "A note on the talks\n\nFrom: the embassy's report No. 31207 of this year\n\nWe met the minister today.\n",
	  "number", NULL, NULL },
	{ "a cable's number with the day and hour it was sent, its text run on",
	  "Cable\nFrom the Embassy in Lima to the State Secretariat\nSECRET\nNo. 772 Tuesday 10:15 hs. Follow-up to cable 301. "
	  "The minister said that the talks would go on in the spring.\n",
	  "number", "772", "number line" },
	{ "a number opening a sentence with no day after it is none",
	  "Cable\nFrom the Embassy in Lima to the State Secretariat\nSECRET\nNo. 772 of the minister's notes said that the talks "
	  "would go on in the spring.\n",
	  "number", NULL, NULL },
	{ "a number over a labelled date is the paper's",
	  "Skip to content\n\nMarch 3, 1977\n\nMemorandum from the Foreign Minister to the President on Trade\n\n"
	  "This document was made possible with support from a foundation of New York\n\n\nNo. 31\n\n\n\n"
	  "Date: March 3 1977\nTrade with Germany.\n\nText.\n",
	  "number", "31", "number line" },
	{ "... a number alone elsewhere may be anything's",
	  "Skip to content\n\nMarch 3, 1977\n\nMemorandum from the Foreign Minister to the President on Trade\n\n"
	  "This document was made possible with support from a foundation of New York\n\n\nNo. 31\n\n\n\n"
	  "Trade with Germany.\n\nText.\n",
	  "number", NULL, NULL },
	{ "a received telegram's form flattened onto one line: its number",
	  "Approved For Release 2003/01/29\n.INCOMING Action EUR FROM:Paris Info SECRET Control: 4411 Recd: March 3, 1953 "
	  "7.21 p.m. SS TO: Secretary of State G NO: 2277, March 3, 9 p.m. SENT DEPARTMENT 2277. The talks went on.\n",
	  "number", "2277", "received telegram form" },
	{ "... its post", "Approved For Release 2003/01/29\n.INCOMING Action EUR FROM:Paris Info SECRET Control: 4411 "
	  "Recd: March 3, 1953 7.21 p.m. SS TO: Secretary of State G NO: 2277, March 3, 9 p.m. SENT DEPARTMENT 2277. The talks "
	  "went on.\n", "from", "Paris", "received telegram form" },
	{ "... its addressee", "Approved For Release 2003/01/29\n.INCOMING Action EUR FROM:Paris Info SECRET Control: 4411 "
	  "Recd: March 3, 1953 7.21 p.m. SS TO: Secretary of State G NO: 2277, March 3, 9 p.m. SENT DEPARTMENT 2277. The talks "
	  "went on.\n", "to", "Secretary of State", "received telegram form" },
	{ "... its receipt typed \"Rec'd:\"",
	  "Approved For Release 2014/02/10\nGRAM Department of State FROM: Paris TO: Secretary of State NO: 6118, June 23, 6 "
	  "p.m. Control: Rec'd: 17387 June 23, 1958 8:20 p.m. SENT DEPARTMENT 6118. The talks went on.\n", "from", "Paris",
	  "received telegram form" },
	/* Words that meet where a form expects a name between them (the
	 * generator's nonsense found the first; ASan reads past the line
	 * if a length goes below zero). */
	{ "'for from' after a kind word names no one",
	  "Skip to content\n\nJuly 1, 1950\n\nTelegram from Kim Il Sung to Malik\n\n\nTo Comrade Malik, Ya.A.\n\n"
	  "Directive for from further bridgehead. The army moves.\n", "from", "Kim Il Sung", NULL },
	{ "a cable's 'FM TO' reads no sender before the line",
	  "CONFIDENTIAL\nPAGE 01 BUDAPE 00891 280958Z\nO 280841Z MAR 75 ZFF RUEHC\nFM TO SECSTATE WASHDC IMMEDIATE 2912\n"
	  "C O N F I D E N T I A L BUDAPEST 0891\nSUBJ: MISSING\n1. TEXT.\n", "number", "0891", NULL },
	{ "a cable's short subject line ends there: the next line's first word would have fit on it",
	  "SECRET\nPAGE 01 STATE 189296\nO 220116Z SEP 73 ZFF4\nFM SECSTATE WASHDC\nTO AMEMBASSY VIENNA NIACT IMMEDIATE\n"
	  "SUBJECT: SPECIAL SUMMARY NUMBER 2\nVIENNA PASS TO MR HUFFCUT FOR SECRETARY DENT (THIS IS THE\n"
	  "FIRST SPECIAL SUMMARY FOR SECRETARY DENT).\nRUMORS ARE RIFE THAT A PLOT OF SENIOR MILITARY OFFICERS\n",
	  "title", "SPECIAL SUMMARY NUMBER 2", "cable subject" },
	{ "... a full one wraps onto the next",
	  "SECRET\nPAGE 01 STATE 189296\nO 220116Z SEP 73 ZFF4\nFM SECSTATE WASHDC\nTO AMEMBASSY VIENNA NIACT IMMEDIATE\n"
	  "SUBJECT: SOVIET MFA IRANIAN DESK OFFICER DISCUSSES IRAN AND\nIRAQ\n"
	  "1. DURING EMBOFF CALL ON MFA IRANIAN DESK OFFICER FOLLOWING\n",
	  "title", "SOVIET MFA IRANIAN DESK OFFICER DISCUSSES IRAN AND IRAQ", "cable subject" },
	{ "a cable's subject label as a scan misread it, one letter wrong",
	  "CONFIDENTIAL\nPAGE 01\nMOSCOW 01105 01 OF 03 131434Z\nO 131415Z JAN 79\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC "
	  "IMMEDIATE 1484\nSOBJECT: SOVIET MFA IRANIAN DESK OFFICER DISCUSSES IRAN\nBEGIN SUMMARY (C): DURING EMBOFF CALL ON MFA "
	  "IRANIAN\n",
	  "title", "SOVIET MFA IRANIAN DESK OFFICER DISCUSSES IRAN", "cable subject" },
	{ "a cable's unlabelled subject: the line in capitals under its TAGS",
	  "PAGE 01 USUN N 01902 01 OF 03 190341 Z\nP 190300 Z MAY 73\nFM USMISSION USUN NY\nTO SECSTATE WASHDC PRIORITY 8066\n"
	  "E. O. 11652: GDS\nTAGS: OGEN\nUSUN DAILY CLASSIFIED SUMMARY 99\nSANCTIONS COMITE REPORT IN SC --\n"
	  "AFRICANS GOT CLEAR INDICATION OF POSSIBLE VETO OF SECOND SC\n",
	  "title", "USUN DAILY CLASSIFIED SUMMARY 99", "cable subject" },
	{ "... not its first paragraph",
	  "PAGE 01 USUN N 01902 01 OF 03 190341 Z\nP 190300 Z MAY 73\nFM USMISSION USUN NY\nTO SECSTATE WASHDC PRIORITY 8066\n"
	  "E. O. 11652: GDS\nTAGS: OGEN\n1. AFRICANS GOT CLEAR INDICATION OF POSSIBLE VETO OF SECOND SC\n",
	  "title", "Telegram from USMISSION USUN NY to SECSTATE WASHDC", "kind and parties" },
	{ "a flattened cable's subject ends at its first numbered paragraph",
	  "UNCLASSIFIED PAGE 01 STATE 123456 ORIGIN NODS-00 DRAFTED BY EUR ALPHA APPROVED BY THE SECRETARY 0 120030Z MAR 78 ZFF6 "
	  "FM SECSTATE WASHDC TO AMEMBASSY OSLO IMMEDIATE SECRET STATE 123456 TAGS PARM NO SUBJECT FISHERIES ZONE TALKS 1 PLEASE "
	  "DELIVER THE FOLLOWING MESSAGE TO THE MINISTER AS SOON AS POSSIBLE 2 QUOTE DEAR MR MINISTER WE HAVE CONSIDERED\n",
	  "title", "FISHERIES ZONE TALKS", "cable subject" },
	{ "... and its date-time group, the zone's Z read as a 2",
	  "UNCLASSIFIED PAGE 01 STATE 123456 ORIGIN NODS-00 DRAFTED BY EUR ALPHA APPROVED BY THE SECRETARY 0 1200302 MAR 78 ZFF6 "
	  "FM SECSTATE WASHDC TO AMEMBASSY OSLO IMMEDIATE SECRET STATE 123456 TAGS PARM NO SUBJECT FISHERIES ZONE TALKS 1 PLEASE "
	  "DELIVER THE FOLLOWING MESSAGE TO THE MINISTER AS SOON AS POSSIBLE 2 QUOTE DEAR MR MINISTER WE HAVE CONSIDERED\n",
	  "date", "1978-03-12", "date-time group" },
	{ "... not seven digits that are no day and hour",
	  "UNCLASSIFIED PAGE 01 STATE 123456 ORIGIN NODS-00 DRAFTED BY EUR ALPHA APPROVED BY THE SECRETARY 0 9999992 MAR 78 ZFF6 "
	  "FM SECSTATE WASHDC TO AMEMBASSY OSLO IMMEDIATE SECRET STATE 123456 TAGS PARM NO SUBJECT FISHERIES ZONE TALKS 1 PLEASE "
	  "DELIVER THE FOLLOWING MESSAGE TO THE MINISTER AS SOON AS POSSIBLE 2 QUOTE DEAR MR MINISTER WE HAVE CONSIDERED\n",
	  "date", NULL, NULL },
	/* Editions of diplomatic papers (FRUS). */
	{ "a decimal file line gives the kind", "611.61/5\xe2\x80\x93" "2252: Telegram\n\nThe Ambassador in the Soviet Union (Kennan) "
	  "to the Department of State\n\n1861. I wish to invite attention.\n",
	  "kind", "telegram", "file line" },
	{ "a heading's office and person", "611.61/5\xe2\x80\x93" "2252: Telegram\n\nThe Ambassador in the Soviet Union (Kennan) to "
	  "the Department of State\n\n1861. I wish to invite attention.\n",
	  "from", "Kennan (Ambassador in the Soviet Union)", "heading" },
	{ "a telegram's number opens its text", "611.61/5\xe2\x80\x93" "2252: Telegram\n\nThe Ambassador in the Soviet Union (Kennan) "
	  "to the Department of State\n\n1861. I wish to invite attention.\n",
	  "number", "1861", "telegram number" },
	{ "a file number's suffix is the date when no dateline is printed", "611.61/5\xe2\x80\x93" "2252: Telegram\n\nThe Ambassador in "
	  "the Soviet Union (Kennan) to the Department of State\n\n1861. Your telegram of May 12 arrived.\n",
	  "date", "1952-05-22", "file number" },
	{ "a dateline outweighs the file number (filed a day later)", "611.61/5\xe2\x80\x93" "2352: Telegram\n\nThe Ambassador in "
	  "the Soviet Union (Kennan) to the Department of State\n\nMoscow, May 22, 1952\xe2\x80\x94" "7 p. m.\n\n1861. I wish.\n",
	  "date", "1952-05-22", "dateline" },
	{ "a dateline gives date and place", "124.61/263: Telegram\n\nThe Ambassador in the Soviet Union (Standley) to the Secretary "
	  "of State\n\nMoscow, March 14, 1952\xe2\x80\x94" "6 p. m.\n\n1038. My number 1010.\n",
	  "place", "Moscow", "dateline" },
	{ "the word that takes a date is no place ('Dated 4 December 1971')",
	  "SUBJECT: Text of Saigon Cable\nDated 4 December 1971\n\nAt 0846 hours the intermediary telephoned.\n", "place",
	  NULL, NULL },
	{ "a signer's office under his name, over the date: the name signs",
	  "MEMORANDUM FOR: Director of Central Intelligence\nSUBJECT: Budget\n\n1. The budget was approved on 12 May.\n\n"
	  "JOHN SMITH\nDeputy Director\n\n14 May 1951\n",
	  "from", "John Smith", "signature" },
	{ "a subject's date is the event's, no dateline: the date under the signature dates the memorandum",
	  "SECRET\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Meeting with Senator Brown, 12 May 1961\n\n1. The meeting was "
	  "held.\n\nJOHN SMITH\n\n15 May 1961\n",
	  "date", "1961-05-15", "dateline" },
	{ "a dateline with its receipt run onto its line", "The Ambassador in the Soviet Union (Kirk) to the Secretary of State\n\n"
	  "Moscow, March 14, 1952\xe2\x80\x94" "6 p. m. [Received March 15\xe2\x80\x94" "10 a. m.]\n\n1038. My number 1010.\n",
	  "date", "1952-03-14", "dateline" },
	{ "a dateline broken after its comma", "893.01/11\xe2\x80\x93" "2948: Telegram\nThe Ambassador in China (Stuart) to the "
	  "Secretary of State\nNanking, November 29,\n1948\xe2\x80\x94" "4 p. m.\n2356. Our best information.\n",
	  "date", "1948-11-29", "dateline" },
	{ "a dateline in the editor's brackets", "Marshall Mission Files, Lot 54\xe2\x80\x93" "D270: Telegram\nColonel Marshall S. "
	  "Carter to General Marshall\n[Washington,] 7 August 1946.\n96789. Your 125855 refers.\n",
	  "date", "1946-08-07", "dateline" },
	{ "FRUS's numbered page heading", "245. Telegram From the Department of State to the Embassy in Vietnam1\nWashington, July "
	  "25,\n1964\xe2\x80\x94" "4:56 p.m.\n253. State-Defense message.\n",
	  "title", "Telegram From the Department of State to the Embassy in Vietnam", "heading" },
	{ "a heading broken over lines", "Microfilm telegram files, \xe2\x80\x9cMoscow FY 53\xe2\x80\x9d: Telegram\nNo. 547\nThe "
	  "Charg\xc3\xa9 in the Soviet Union\n(Beam) to the\nDepartment of State1\npriority\n1245. Immediately preceding telegram.\n",
	  "from", "Beam (Charg\xc3\xa9 in the Soviet Union)", "heading" },
	{ "a despatch's number under its heading", "Mr. Seward to Mr. Adams.\n\n[Confidential.]\n\nNo. 95.]\n\nSir: Your despatch "
	  "has been received.\n",
	  "number", "95", "heading" },
	{ "a heading with its year in brackets after it, no number of it",
	  "Ulbricht to Khrushchev on the Berlin Wall (1961)\n\nThe border through the city was closed on 13 August.\n",
	  "from", "Ulbricht", "heading" },
	{ "an office signed by its holder", "The Secretary of State to the Embassy in the Soviet Union\n\n544. Your 1053.\n\nAcheson\n",
	  "from", "Acheson (The Secretary of State)", "heading" },
	/* The document's own text. */
	{ "a cable's routing on lines of its own",
	  "PAGE 01 STATE 139893\nP 280113Z JUN 74\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW PRIORITY\nINFO USMISSION USUN NEW "
	  "YORK\nSUBJECT: REPLY TO SOVIET NOTES\n1. BELOW IS TEXT.\n",
	  "to", "AMEMBASSY MOSCOW", "cable routing" },
	{ "a cable's date-time group", "PAGE 01 STATE 139893\nP 280113Z JUN 74\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW "
	  "PRIORITY\n1. BELOW IS TEXT.\n",
	  "date", "1974-06-28", "date-time group" },
	{ "a marking under a heading's two lines is none of it",
	  "Cable\nFrom Brasemb Bonn to the State Secretariat\nSECRET EXCLUSIVE\nNo. 1389 Monday 17:30 hs. The attache called.\n",
	  "to", "the State Secretariat", "heading" },
	{ "a side the title names by its capital is the office the paper's heading names",
	  "Skip to content\n\nOctober 29, 1979\n\nCable from Brazilian Embassy in Bonn to Brasilia\n\nCable\n"
	  "From Brasemb Bonn to the State Secretariat\nSECRET\nNo. 1389. The attache called.\n",
	  "to", "the State Secretariat", "heading" },
	{ "a cable's number on its page line", "PAGE 01 STATE 139893\nP 280113Z JUN 74\nFM SECSTATE WASHDC\nTO AMEMBASSY MOSCOW "
	  "PRIORITY\n1. BELOW IS TEXT.\n",
	  "number", "139893", "cable page line" },
	{ "an address line over a cable", "Cable from the Chinese Embassy in Cuba\n\nTo the Ministry of Foreign Affairs:\n\nA "
	  "report of the conversation.\n",
	  "to", "the Ministry of Foreign Affairs", "address" },
	{ "a body's decision opening with its verb before a colon is no address",
	  "Resolution of the Politburo\n\n12 March 1973\n\nHaving heard the report, the\nPolitburo RESOLVES:\n\n1. To "
	  "approve the proposals.\n", "to", NULL, NULL },
	{ "a word and a colon is no address", "Record of the meeting\n\nPresent:\n\nComrades Khrushchev and Mao.\n", "to", NULL,
	  NULL },
	{ "... nor a list of names wrapped on to the next line, no mark where its first line ends",
	  "Minutes of the Politburo Meeting\n\nComrades Nicolae Ceausescu, Ion Gheorghe Maurer, Emil Bodnaras, Paul\n"
	  "Niculescu-Mizil, Gheorghe Pana, Virgil Trofin.\n\nThe meeting opened.\n", "to", NULL, NULL },
	{ "... nor a speaker's name over a speech that opens with its own address",
	  "Stenographic Transcript of the Meeting\n\nComrade Kadar:\nDear members of the Committee! Esteemed Comrades! We "
	  "see great value in this meeting.\n", "to", NULL, NULL },
	{ "... where the words under the name open no address, it is one",
	  "Letter to the Hungarian leader\n\nComrade Kadar:\nWe see great value in this meeting.\n", "to", "Kadar",
	  "salutation" },
	{ "a memorandum's header lines", "MEMORANDUM FOR: Director of Central Intelligence\nSUBJECT: Press contacts\n\n1. The "
	  "following.\n",
	  "to", "Director of Central Intelligence", "memorandum header" },
	{ "... under a memorandum's heading with its series' words before the kind",
	  "THE WHITE HOUSE\nNovember 26, 1963\nNATIONAL SECURITY ACTION MEMORANDUM NO. 273\nTO: The Secretary of State\n"
	  "The President has reviewed the discussions.\n", "to", "Secretary of State", "memorandum header" },
	{ "... and the offices typed one to a line under its first, in its form",
	  "THE WHITE HOUSE\nNovember 26, 1963\nNATIONAL SECURITY ACTION MEMORANDUM NO. 273\nTO: The Secretary of State\n"
	  "The Secretary of Defense\nThe Director, USIA\nThe President has reviewed the discussions.\n", "to",
	  "Secretary of State; Secretary of Defense; The Director, USIA", "memorandum header" },
	{ "a scanned memorandum's header in one line",
	  "Approved For Release 2003/08/20 : CIA-RDP80R01731R000ff010024-7 CIA INTERNAL USE ONLY MEMORANDUM FOR: Director of "
	  "Central Intelligence SUBJECT: Request by a journalist for an interview with the Director on the work of the Agency "
	  "1. The request was made.\n",
	  "to", "Director of Central Intelligence", "memorandum header" },
	{ "a scanned memorandum's addressee with its colon typed apart and the date after it on the line",
	  "Approved For Release 2001/08/01 : CIA-RDP84-00499R000600020099-1 25X1A MEMORANDUM FOR : Mr. Kirkpatrick 1 6 January "
	  "1964 SUBJECT : Report of Cable Secretariat Operations for 1963 1. Cables Processed a. A comparison of the workload.\n",
	  "to", "Kirkpatrick", "memorandum header" },
	{ "... its colon typed apart from its label",
	  "Approved For Release 2001/08/01 : CIA-RDP84-00499R000600020099-1 25X1A MEMORANDUM FOR : Mr. Kirkpatrick SUBJECT : "
	  "Report of Cable Secretariat Operations for 1963 1. A comparison of the workload shows the following.\n",
	  "to", "Kirkpatrick", "memorandum header" },
	{ "... the date typed after its addressee, its day split by the scan, no part of him",
	  "Approved For Release 2001/08/01 : CIA-RDP84-00499R000600020099-1 25X1A MEMORANDUM FOR: Mr. Kirkpatrick 1 6 January "
	  "1964 SUBJECT: Report of Cable Secretariat Operations for 1963 1. A comparison of the workload shows the following.\n",
	  "to", "Kirkpatrick", "memorandum header" },
	{ "an office of the lexicon as a scan misread it", "MEMORANDUM FOR: Dlrector of Centrai lntel ligense\nSUBJECT: "
	  "Staff papers\n\n1. The following.\n",
	  "to", "Director of Central Intelligence", "memorandum header" },
	{ "a scanned line's office misread, with its article",
	  "Approved For Release 2004/01/20 : CIA-RDP80R01731R000ff010024-7 14 May 1951 MEMORANDUM FOR THE DEPUTY DIRECTOR FOR "
	  "SUPP0RT SUBJECT: Rooms for the new training courses 1. The rooms were asked for.\n",
	  "to", "Deputy Director for Support", "memorandum header" },
	{ "addressees typed in one run: offices and abbreviations each a party",
	  "MEMORANDUM FOR: Executive Director DD/P AD/CI General Counsel\nSUBJECT: Travel rules\n\n1. The rules.\n",
	  "to", "Executive Director; DD/P; AD/CI; General Counsel", "memorandum header" },
	{ "an office word with its comma starts the run's next party",
	  "MEMORANDUM FOR: DD/S ADDS Chief, Training Staff\nSUBJECT: Travel rules\n\n1. The rules.\n",
	  "to", "DD/S; ADDS; Chief, Training Staff", "memorandum header" },
	{ "an abbreviation before a body's words is the body's",
	  "MEMORANDUM FOR: DD/P ONE Board\nSUBJECT: Travel rules\n\n1. The rules.\n",
	  "to", "DD/P; ONE Board", "memorandum header" },
	{ "an addressee typed all in capitals is not a list of abbreviations",
	  "MEMORANDUM FOR: THE DIRECTOR OF TRAINING\nSUBJECT: Travel rules\n\n1. The rules.\n",
	  "to", "Director of Training", "memorandum header" },
	{ "a staff's note run into one line: its addressees by 'NOTE TO:'",
	  "Approved For Release 2010/02/03 : CIA-RDP88G01332R000100040010-6 NOTE TO: DD/A ADDA Chief, DA Plans Staff SUBJECT: "
	  "Papers on the new building I have looked in three places. 1. The plans of 1980.\n",
	  "to", "DD/A; ADDA; Chief, DA Plans Staff", "memorandum header" },
	{ "a catalogue's title in capitals over its labels, though it ends as a site's name",
	  "AGENCY LIBRARY\nDocument Type:\nCollection:\nPublication Date:\nMay 2, 1971\nBody:\nThe library moved.\n",
	  "title", "AGENCY LIBRARY", "title line" },
	{ "a site's name in capitals over the page is still no title",
	  "CABLES ARCHIVE\n\nNovember 1, 1962\n\nTelegram from Dobrynin to USSR Foreign Ministry\n\nText.\n",
	  "title", "Telegram from Dobrynin to USSR Foreign Ministry", "title line" },
	{ "a routing form run into one line: its sender's office by FROM:", "TRAVEL RULES\nDocument Type:\nBody:\nApproved For Release 2004/02/10 : CIA-RDP77M00144R000800140015-6 SECRET ROUTING AND "
	  "RECORD SHEET SUBJECT: (Optional) Staff papers FROM: EXTENSION NO. C/EA/RR 4021 DATE 3 May 1975 TO: (Officer designation, "
	  "room number, and building) DATE OFFICER'S COMMENTS 1. 2. 3. FORM 61 O USE PREVIOUS EDITIONS\n",
	  "from", "C/EA/RR", "routing form" },
	{ "... but not a word that is no office's abbreviation", "TRAVEL RULES\nDocument Type:\nBody:\nApproved For Release 2004/02/10 : CIA-RDP77M00144R000800140015-6 SECRET ROUTING AND "
	  "RECORD SHEET SUBJECT: (Optional) Staff papers FROM: EXTENSION NO. Staff 4021 DATE 3 May 1975 TO: (Officer designation, "
	  "room number, and building) DATE OFFICER'S COMMENTS 1. 2. 3. FORM 61 O USE PREVIOUS EDITIONS\n",
	  "from", NULL, NULL },
	{ "a routing form's TO under its printed captions", "WEEKLY REPORT\nDocument Type:\nBody:\nApproved For Release 2008/08/28: CIA-RDP86M00886R002700010001-4\n"
	  "ROUTING AND RECORD SHEET\nSUBJECT: (Optional)\nFROM: EA/DDO\nEXTENSION\nNO.\nDATE\nTO: (Officer designation, room "
	  "number, and\nbuilding)\nDATE\nOFFICER'S\nINITIALS\nto whom. Draw a line across column after each comment.)\n1 ? DDCI\n"
	  "2.\n3.\n\nMonthly Report\n\nThe office moved.\n",
	  "to", "DDCI", "routing form" },
	{ "a routing slip's entries under TO and FROM: NAME", "CIA ARCHIVES\nDocument Type:\nBody:\nApproved For Release 2006/06/02 : CIA-RDP84-00780R003600140016-3\n"
	  "OFFICIAL ROUTING SLIP\nTO\nNAME AND ADDRESS\nDATE\nINITIALS\nDeputy Director for Administratlon\n2\n3\nACTION\n"
	  "FILE\nRemarks :\nJim:\nPlease see the draft.\nFROM: NAME\nDATE\n.\nJohn R. Smith, Director of Training\n",
	  "to", "Deputy Director for Administration", "routing form" },
	{ "... its sender a person", "CIA ARCHIVES\nDocument Type:\nBody:\nApproved For Release 2006/06/02 : CIA-RDP84-00780R003600140016-3\n"
	  "OFFICIAL ROUTING SLIP\nTO\nNAME AND ADDRESS\nDATE\nINITIALS\nDeputy Director for Administratlon\n2\n3\nACTION\n"
	  "FILE\nRemarks :\nJim:\nPlease see the draft.\nFROM: NAME\nDATE\n.\nJohn R. Smith, Director of Training\n",
	  "from", "John R. Smith (Director of Training)", "routing form" },
	{ "a form's captions under TO with no routing form's title name no one",
	  "TO: (Officer designation, room number, and\nbuilding)\nDATE\nOFFICER'S\nDeputy Director for Support\n\nText.\n",
	  "to", NULL, NULL },
	{ "the paper's own memorandum header outweighs the routing form",
	  "WEEKLY REPORT\nDocument Type:\nBody:\nApproved For Release 2008/08/28: CIA-RDP86M00886R002700010001-4\n"
	  "ROUTING AND RECORD SHEET\nSUBJECT: (Optional)\nFROM: EA/DDO\nEXTENSION\nNO.\nDATE\nTO: (Officer designation, room "
	  "number, and\nbuilding)\nDATE\nOFFICER'S\nINITIALS\nto whom. Draw a line across column after each comment.)\n1 ? DDCI\n"
	  "2.\n3.\n\nMonthly Report\n\nThe office moved.\nMEMORANDUM FOR: Director of Central Intelligence\nSUBJECT: Monthly report\n\n1. The office moved.\n",
	  "to", "Director of Central Intelligence", "memorandum header" },
	{ "a person, then her office's abbreviation, is one addressee",
	  "MEMORANDUM FOR: Mary Jones C/OPS\nSUBJECT: Travel rules\n\n1. The rules.\n",
	  "to", "Mary Jones (C/OPS)", "memorandum header" },
	{ "an office of the lexicon whole is the party, not a person named from its last words",
	  "MEMORANDUM FOR: Mary Jones\nFROM: Deputy Director for Plans\nSUBJECT: Travel rules\n\n1. The rules.\n",
	  "from", "Deputy Director for Plans", "memorandum header" },
	{ "an office near one of the lexicon's but another stays as typed", "MEMORANDUM FOR: Director of Central Services\n"
	  "SUBJECT: Staff papers\n\n1. The following.\n",
	  "to", "Director of Central Services", "memorandum header" },
	{ "a salutation names the recipient", "To Comrade Stalin, I.V.\n\nWe have received a reply.\n\nGao Gang\n\n14 June 1951\n",
	  "to", "Stalin", "salutation" },
	{ "a respectful salutation names the recipient",
	  "Prague, 3 May 1961\n\nEsteemed Comrade Novotny:\n\nWe have received your letter.\n", "to", "Novotny", "salutation" },
	{ "... and says the paper is a letter",
	  "Prague, 3 May 1961\n\nEsteemed Comrade Novotny:\n\nWe have received your letter.\n", "kind", "letter",
	  "salutation or closing" },
	{ "a body addressed in capitals over the text names the recipient in full",
	  "Sino-Soviet Papers\nLetter of the Central Committee to the CC of the Workers' Party\nJune 3, 1964\n"
	  "TO THE CENTRAL COMMITTEE OF THE WORKERS' PARTY OF KOREA\nDear comrades, we have received your letter of May 7.\n",
	  "to", "The Central Committee of the Workers' Party of Korea", "address" },
	{ "a heading in capitals that names no body is no address",
	  "Sino-Soviet Papers\nJune 3, 1964\nTO THE READERS OF THIS BOOK\nWe print here the letters of the year.\n",
	  "to", NULL, NULL },
	{ "a memorandum's labelled line in capitals is no letterhead",
	  "MEMORANDUM FOR: PLANNING BOARD AND STAFF\nSUBJECT: Maps\n\n1. The maps are due.\n", "from", NULL, NULL },
	{ "a scanned dateline whose year the OCR misread keeps the catalogue's year", "PRESS CONTACTS\nDocument Type:\nCollection:\nPublication Date:\nOctober 26, 1962\nContent Type:\nMF\nBody:\n"
	  "Approved For Release 2002/10/30 : CIA-RDP80B01676R000100110012-8\nOctober 24, 1%2\nMEMORANDUM FOR: General Carter\n"
	  "SUBJECT: Press contacts\n1. The press.\n",
	  "date", "1962-10-24", "dateline" },
	{ "... not when what is left of it is another year's", "PRESS CONTACTS\nDocument Type:\nCollection:\nPublication Date:\nOctober 26, 1962\nContent Type:\nMF\nBody:\n"
	  "Approved For Release 2002/10/30 : CIA-RDP80B01676R000100110012-8\nOctober 24, 1%5\nMEMORANDUM FOR: General Carter\n"
	  "SUBJECT: Press contacts\n1. The press.\n", "date", "1962-10-26", "label" },
	{ "a signature by the date names the sender", "To Comrade Stalin, I.V.\n\nWe have received a reply.\n\nGao Gang\n\n14 June "
	  "1951\n",
	  "from", "Gao Gang", "signature" },
	{ "a date line by the signature is the letter's", "To Comrade Stalin, I.V.\n\nWe have received a reply.\n\nGao Gang\n\n14 "
	  "June 1951\n",
	  "date", "1951-06-14", "dateline" },
	{ "an inside address over the salutation", "Mr. Richard Nixon\nUnited States of America\n\nDear Mr. President,\n\nI have "
	  "received your letter.\n",
	  "to", "Richard Nixon", "inside address" },
	{ "'dated' before a date", "The Letter of the CC of the CPSU to the CC of the CPC\n\ndated July 30, 1964\n\nDear Comrades!\n",
	  "date", "1964-07-30", "dateline" },
	/* Titles. */
	{ "an office with its country, then the person",
	  "Skip to content\n\nOctober 23, 1962\n\nCiphered Telegram from Soviet Ambassador to Cuba Aleksandr Alekseev\n\nText.\n",
	  "from", "Aleksandr Alekseev (Soviet Ambassador to Cuba)", "title line" },
	{ "... and no recipient for it",
	  "Skip to content\n\nOctober 23, 1962\n\nCiphered Telegram from Soviet Ambassador to Cuba Aleksandr Alekseev\n\nText.\n", "to",
	  NULL, NULL },
	{ "a place beside a party is no party",
	  "Skip to content\n\nMarch 11, 1963\n\nSecret Telegram from Maneli (Hanoi) to Spasowski-Morski (Warsaw) [Ciphergram No. "
	  "3175]\n\nText.\n",
	  "to", "Spasowski-Morski", "title line" },
	{ "a cryptogram is a ciphered telegram", "Skip to content\n\nMay 2, 1974\n\nCryptogram No 512 from Polish Embassy in "
	  "Hanoi, Talks on Trade\n\nText.\n",
	  "kind", "telegram", "title line" },
	{ "... its number is the telegram's", "Skip to content\n\nMay 2, 1974\n\nCryptogram No 512 from Polish Embassy in "
	  "Hanoi, Talks on Trade\n\nText.\n",
	  "number", "512", "title line" },
	{ "... and the embassy after 'from' sent it", "Skip to content\n\nMay 2, 1974\n\nCryptogram No 512 from Polish Embassy in "
	  "Hanoi, Talks on Trade\n\nText.\n",
	  "from", "Polish Embassy in Hanoi", "title line" },
	{ "one party, a comma and words naming no one: the paper's subject, no second party",
	  "Skip to content\n\nMay 2, 1974\n\nCryptogram No 512 from Polish Embassy in Hanoi, Soviet Advisers in Laos\n\nText.\n",
	  "from", "Polish Embassy in Hanoi", "title line" },
	{ "... two people parted by a comma are two parties",
	  "Skip to content\n\nMay 2, 1974\n\nTelegram from Mikoyan, Suslov to Khrushchev\n\nText.\n",
	  "from", "Mikoyan; Suslov", "title line" },
	{ "a title ending at the hour of the talk ('... at 10:30 a.m.') ends no sentence: it is the title",
	  "Skip to content\n\nMay 2, 1974\n\nMemorandum of Conversation between Comrade Hermann Axen and the Polish "
	  "Ambassador to the German Democratic Republic Jan Kowalski at 10:30 a.m.\n\nThe talk took place at the request of the Ambassador.\n",
	  "title", "Memorandum of Conversation between Comrade Hermann Axen and the Polish Ambassador to the German "
	  "Democratic Republic Jan Kowalski at 10:30 a.m.", "title line" },
	{ "... and the hour ends its list of parties",
	  "Skip to content\n\nMay 2, 1974\n\nMemorandum of Conversation between Comrade Hermann Axen and the Polish "
	  "Ambassador Jan Kowalski at 10:30 a.m.\n\nThe talk took place at the request of the Ambassador.\n",
	  "to", "Jan Kowalski", "title line" },
	{ "a department, a comma and the body it belongs to are one party",
	  "Skip to content\n\nMay 2, 1964\n\nCable from the Chinese Embassy in Poland, 'On the Polish Party'\n\nTo the "
	  "Foreign Ministry and the Liaison Department, Central Committee of CCP:\n\nThe Polish party held a plenum.\n",
	  "to", "the Foreign Ministry; the Liaison Department, Central Committee of CCP", "address" },
	{ "the comrades a record is produced for are its recipients, its posts and departments no party",
	  "Skip to content\n\nMay 2, 1974\n\nReport from Kovács István, 'The visit of the Korean ambassador'\n\nMINISTRY OF "
	  "FOREIGN AFFAIRS Korean Branch | Top Secret! Produced in 4 copies for: - Comrade Nagy - Comrade Szabó - Pyongyang "
	  "- Department |\nRecord\nThe ambassador visited me.\n",
	  "to", "Nagy; Szabó", "distribution" },
	{ "... one a line under it",
	  "Skip to content\n\nMay 2, 1974\n\nReport from Kovács István, 'The visit of the Korean ambassador'\n\nKorean Branch\n\n"
	  "Produced in 4 copies for:\n\n- Comrade Nagy\n\n- Comrade Szabó\n\n- Department\n\nSubject: The visit.\n\nThe "
	  "ambassador visited me.\n",
	  "to", "Nagy; Szabó", "distribution" },
	{ "a line over the date line that opens with no kind is no title when the line under it does",
	  "In a secret report of 1962 the Polish embassy described the mood of the island under the blockade and its shortages\n"
	  "May 2, 1974\nMinutes of the Meeting between Gustav Husak and Fidel Castro\nThis document was made possible with "
	  "support from Blavatnik Family Foundation\nThe meeting opened at ten.\n",
	  "title", "Minutes of the Meeting between Gustav Husak and Fidel Castro", "title line" },
	{ "a person with words of office", "Skip to content\n\nOctober 27, 1956\n\nTelegram from Soviet Politburo members Mikoyan and "
	  "Suslov reporting on the situation in Hungary\n\nText.\n",
	  "from", "Mikoyan (Soviet Politburo members); Suslov", "title line" },
	{ "an office in apposition is no party", "Skip to content\n\nJune 22, 1954\n\nLetter from Nikita S. Khrushchev, First "
	  "Secretary of the Central Committee of the CPSU, to Josip Broz Tito\n\nText.\n",
	  "from", "Nikita S. Khrushchev (First Secretary of the Central Committee of the CPSU)", "title line" },
	{ "conversation of A with B", "Skip to content\n\nJuly 31, 1958\n\nConversation of N.S. Khrushchev with Mao Zedong, July 31, "
	  "1958, at the Airport\n\nText.\n",
	  "to", "Mao Zedong", "title line" },
	{ "between a group and another", "Skip to content\n\nJuly 6, 1968\n\nMinutes of the Discussions between Cdes. L.I. Brezhnev, "
	  "A.N. Kosygin, N.V. Podgorny and UAR President Nasser, 6 July 1968\n\nText.\n",
	  "to", "Nasser", "title line" },
	{ "a journal's keeper and the other side", "Skip to content\n\nMarch 22, 1963\n\nFrom the Journal of A.I. Alekseyev, 'Record "
	  "of a Conversation with Fidel Castro, Prime Minister of the Republic of Cuba, 15 January 1963'\n\nText.\n",
	  "to", "Fidel Castro (Prime Minister of the Republic of Cuba)", "title line" },
	{ "a memorandum for A from B", "Skip to content\n\nMemorandum for the Secretary of State from John A. McCone\n\nText.\n",
	  "from", "John A. McCone", "title line" },
	{ "the office of \"X of Y\"", "Skip to content\n\nMay 29, 1962\n\nCable from the Chinese Foreign Ministry, 'Notes'\n\nComrade "
	  "Xu Huang of Xinjiang Foreign Affairs Department:\n\nYou are required to study.\n",
	  "to", "Xu Huang (Xinjiang Foreign Affairs Department)", "salutation" },
	{ "the owner of a paper named by possession", "Skip to content\n\nFebruary 20, 1960\n\nCopy of N.S. Khrushchev's "
	  "Notes to the CPSU CC Presidium about His Stay in Indonesia\n\nText.\n",
	  "from", "Khrushchev", "title line" },
	{ "a meeting's parties after the kind", "Skip to content\n\nJuly 25, 1978\n\nTranscript, Meeting of East German leader "
	  "Erich Honecker and Soviet leader Leonid Brezhnev, Crimea, 25 July 1978 (excerpt)\n\nText.\n",
	  "to", "Leonid Brezhnev (Soviet leader)", "title line" },
	{ "where a conversation was is no party", "Skip to content\n\nJune 20, 1971\n\nConversation of Cde. Nicolae Ceausescu and "
	  "Cde. Zhou Enlai at the Embassy\n\nText.\n",
	  "to", "Zhou Enlai", "title line" },
	{ "a numbered heading with two footnotes", "277. Telegram 4075 From the Embassy in Iran to the Department of State 1 2\n\n"
	  "Tehran, April 3, 1978.\n\n4075. The Shah received me.\n",
	  "title", "Telegram 4075 From the Embassy in Iran to the Department of State", "heading" },
	{ "a page's first line opening with its kind", "Memorandum of Telephone Conversation, by the Chief of the Division of "
	  "African Affairs (Villard)\nParticipants: | Mr. Michael Wright |\nMr. Wright telephoned to say.\n",
	  "kind", "record of conversation", "heading" },
	{ "an edition's numbered heading without a kind", "442. Country Summary Prepared in the Bureau of Intelligence and "
	  "Research1\n\nANGOLA\n\nThe situation is grave.\n",
	  "title", "Country Summary Prepared in the Bureau of Intelligence and Research", "heading" },
	{ "a citation with no comma after its title", "May 14, 1975\n\n    \"Record of Conversation between French President "
	  "Giscard d'Estaing and Vice Premier Deng Xiaoping: Second Meeting\" May 14, 1975, History and Public Policy Program "
	  "Digital Archive, MAE.\n\nText.\n",
	  "title", "Record of Conversation between French President Giscard d'Estaing and Vice Premier Deng Xiaoping: Second Meeting",
	  "citation" },
	{ "a quoted figure is no citation", "Embassy of the USSR in the PRC\n\n\xe2\x80\x9c" "15\xe2\x80\x9d January 1963 Copy No. 1\n\nText.\n",
	  "date", NULL, NULL },
	{ "the author, then the paper", "Skip to content\n\nAugust 16, 1977\n\nSoviet Ambassador to Ethiopia A.P. Ratanov, Memorandum "
	  "of Conversation with Mengistu\n\nText.\n",
	  "to", "Mengistu", "title line" },
	{ "a number right after the kind", "Skip to content\n\nMay 27, 1978\n\nTELEGRAM 066.705 from the Romanian Embassy in "
	  "Pyongyang to the Romanian Ministry of Foreign Affairs\n\nText.\n",
	  "number", "066.705", "title line" },
	{ "a title wrapped in short lines", "You are on page 1of 8\n\nDigital Archive\n\nNovember 12, 1960\n\nReport of the Meeting "
	  "of the Albanian Labor Party\nDelegation with Leaders of the Communist Party of the\nSoviet Union, 12 November 1960\n\n"
	  "The meeting began.\n",
	  "title", "Report of the Meeting of the Albanian Labor Party Delegation with Leaders of the Communist Party of the Soviet "
	  "Union, 12 November 1960", "title line" },
	{ "minutes of a meeting are minutes", "Skip to content\n\nJune 25, 1971\n\nMinutes of the Romanian Politburo Meeting\n\n"
	  "Text.\n",
	  "kind", "minutes", "title line" },
	{ "a body has no holder to sign", "Skip to content\n\nJuly 9, 1962\n\nCable from the Chinese Foreign Ministry, 'Please "
	  "Report'\n\nText.\n\nMinistry of Foreign Affairs\n",
	  "from", "the Chinese Foreign Ministry", "title line" },
	/* Web editions and readers. */
	{ "a web edition's credit line dates the copy, not the paper",
	  "Comintern Papers Online\n\nSource: Pravda, 12 March 1927.\nTranscription/Markup: A. Smith, for example.net, May 2004.\n\n"
	  "Paris, 10 March 1927\n\nDear Comrades,\n\nWe write to you.\n",
	  "date", "1927-03-10", "date line" },
	{ "a site's name over the page is no title",
	  "Cold War Correspondence Archive\n\nThe Letter of the Politburo to the Central Committee of the Polish United Workers' "
	  "Party\n\nOCR: J. Doe, June 2011.\n\nDear Comrades,\n\nText.\n",
	  "title", "The Letter of the Politburo to the Central Committee of the Polish United Workers' Party", "title line" },
	{ "a letter of X to Y: X wrote it",
	  "Cold War Correspondence Archive\n\nThe Letter of the Politburo to the Central Committee of the Polish United Workers' "
	  "Party\n\nOCR: J. Doe, June 2011.\n\nDear Comrades,\n\nText.\n",
	  "from", "the Politburo", "title line" },
	{ "a letter of X to Y: Y received it",
	  "Cold War Correspondence Archive\n\nThe Letter of the Politburo to the Central Committee of the Polish United Workers' "
	  "Party\n\nOCR: J. Doe, June 2011.\n\nDear Comrades,\n\nText.\n",
	  "to", "the Central Committee of the Polish United Workers' Party", "title line" },
	{ "a row of links is furniture, a reader's document number no part of the title",
	  "Berlin 1961: A Documents Reader\n\nBy Jane Roe | Go to book overview\n\nDOCUMENT No. 12: Letter from Walter Ulbricht "
	  "to Nikita Khrushchev\nConcerning the Measures at the Sector Border, September 15,1961\n\nSource: SAPMO, DY 30.\n\n"
	  "Dear Nikita Sergeyevich,\n\nText.\n",
	  "title", "Letter from Walter Ulbricht to Nikita Khrushchev Concerning the Measures at the Sector Border, September 15,1961",
	  "title line" },
	{ "another paper named with the recipient is no party",
	  "Berlin 1961: A Documents Reader\n\nDOCUMENT No. 14: Letter from Walter Ulbricht to Nikita Khrushchev, and Khrushchev's "
	  "Notes, Regarding the Border\n\nText.\n",
	  "to", "Nikita Khrushchev", "title line" },
	{ "a notice about the browser is furniture",
	  "Please update your browser\n\nYou're using a version of a browser that isn't supported here.\n\nThe Berlin Crisis Papers Project\n\n"
	  "DOCUMENT No. 7 Message from Walter Ulbricht\nto Nikita Khrushchev,\nMay 4,1961\n\nSource: SAPMO.\n\nText.\n",
	  "title", "Message from Walter Ulbricht to Nikita Khrushchev, May 4,1961", "title line" },
	{ "a site's menu is furniture",
	  "Archive Links News Publications Timeline Contact About Home\n\nTelegram from Ambassador Thompson to Secretary Rusk\n\n"
	  "(June 3, 1961)\n\nText of the telegram.\n",
	  "title", "Telegram from Ambassador Thompson to Secretary Rusk", "title line" },
	{ "a site's row of topics, capitalised words with no word to link them, is furniture",
	  "Anti-Semitism Biography History Holocaust Israel Education Myths & Facts Politics Religion Travel Vital Stats Women\n\n"
	  "Memorandum on Israeli Offer for Dimona Inspections\n\n(August 23, 1963)\n\nText of the memorandum.\n",
	  "title", "Memorandum on Israeli Offer for Dimona Inspections", "title line" },
	{ "... a title in capitalised words links them",
	  "Letter From Kim Il Sung To Stalin On The Situation In Korea\n\n(August 23, 1950)\n\nText of the letter.\n",
	  "title", "Letter From Kim Il Sung To Stalin On The Situation In Korea", "heading" },
	{ "a collection's section heading is no title",
	  "Letters and Messages\n\nFrom Kwame Nkrumah to Gamal Abdel Nasser (March 2, 1960)\n\nMarch 2, 1960\n\nDear Brother,\n\nText.\n",
	  "title", "From Kwame Nkrumah to Gamal Abdel Nasser (March 2, 1960)", "title line" },
	{ "a reader's numbered document under its book's heading and editors",
	  "Essays in Diplomacy\n\nJane Roe\nJohn Doe\n\n\nDocument No. 9: Notes of CC SED Politburo Session, May 3, 1971\n\n"
	  "These notes record a long discussion of the economy in the Politburo.\n",
	  "title", "Notes of CC SED Politburo Session, May 3, 1971", "title line" },
	{ "notes of a session are its minutes", "Document No. 9: Notes of CC SED Politburo Session, May 3, 1971\n\nText.\n",
	  "kind", "minutes", "title line" },
	{ "a journal with no paper named in it is a diary",
	  "July 23, 1960\nJournal of Soviet Ambassador in the DPRK A.M. Puzanov for 23 July 1960\n\nI visited Pak.\n", "kind",
	  "diary", "title line" },
	{ "... its keeper the sender, up to the days it covers",
	  "July 23, 1960\nJournal of Soviet Ambassador in the DPRK A.M. Puzanov for 23 July 1960\n\nI visited Pak.\n", "from",
	  "Puzanov (Soviet Ambassador in the DPRK)", "title line" },
	{ "a journal's entry naming its paper: the keeper is its sender, with no 'From' before the journal",
	  "Skip to content\n\nApril 12, 1955\n\nJournal Entry of Ambassador Zhukov: Record of Conversation with the "
	  "Indonesian Minister of Foreign Affairs, Sunario\n\nToday I visited the Minister.\n",
	  "from", "Zhukov", "title line" },
	{ "... the paper named by its conversation alone",
	  "Skip to content\n\nJanuary 28, 1959\n\nJournal Entry of Ambassador Volkov: Conversation With Subandrio\n\n"
	  "I visited Subandrio upon his request.\n",
	  "from", "Volkov", "title line" },
	{ "an edition's number and the archive's file over a heading naming its kind: the heading is the title",
	  "No. 229 NAI DFA 2006/39\n\nLetter from Joseph P. Walshe to John W. Dulanty (London)\n\nDublin, 17 July 1940\n\n"
	  "Dear High Commissioner,\n\nYou should make representations.\n",
	  "title", "Letter from Joseph P. Walshe to John W. Dulanty (London)", "title line" },
	{ "a name with its initial and a word in parentheses: the person, where he is (no pseudonym)",
	  "Skip to content\n\nFebruary 24, 1936\n\nLetter from John W. Dulanty to Joseph P. Walshe (Cork)\n\nThe text.\n",
	  "to", "Joseph P. Walshe", "title line" },
	{ "... and a capital in parentheses is where the party is",
	  "Skip to content\n\nFebruary 24, 1936\n\nLetter from John W. Dulanty to Joseph Walshe (Dublin)\n\nThe text.\n",
	  "to", "Joseph Walshe", "title line" },
	{ "a date run on after the last party is no part of it",
	  "November 4, 1956\n\nCable, N. Firiubin to Soviet Foreign Ministry 4 November 1956\n\nKardelj informed me.\n", "to",
	  "Soviet Foreign Ministry", "title line" },
	{ "a body named with an article is the body",
	  "November 19, 1958\nRecord of a Conversation of Cde. N.S. Khrushchev with a Delegation of Baghdad City Government\n\n"
	  "Khrushchev said.\n", "to", "Delegation of Baghdad City Government", "title line" },
	{ "a memorandum signed by an office of two words and its field",
	  "17 December 1971\nMEMORANDUM FOR THE RECORD\nSUBJECT: Dulles Papers\n1. In moving toward a final disposition of the "
	  "papers, I invited him.\n2. He stated that it would.\nDeputy Director of Security\nSECRET\n", "from",
	  "Deputy Director of Security", "signature" },
	{ "... or by an office and its staff after a comma",
	  "10 July 1972\nMEMORANDUM FOR THE RECORD\nSUBJECT: Agency Annual Report\n1. He phoned this morning to inquire.\n"
	  "2. Both are currently on leave.\nActing Chief, DD/S Plans Staff\nDistribution:\n1 - DD/S Chrono\n", "from",
	  "Acting Chief, DD/S Plans Staff", "signature" },
	{ "a memorandum's text unnumbered, a paper with numbered paragraphs attached: its signature is read after the subject",
	  "10 May 1972\nMEMORANDUM FOR: Deputy Director for Intelligence\nGeneral Counsel\nSUBJECT : Agenda for the Deputies "
	  "Meeting\nAt our meeting on Wednesday the following subjects will be discussed:\na. Archives. See my draft.\n25X1\n"
	  "Executive Director-Comptroller\ncc: Director of Security\n\nMEMORANDUM FOR: Executive Director\nSUBJECT: Archives\n"
	  "1. Considerable study has taken place.\n", "from", "Executive Director-Comptroller", "signature" },
	{ "a redaction's code before a memorandum's field",
	  "SYSTEMATIC CLASSIFICATION REVIEW\nContent Type:\nMF\nBody:\nApproved For Release 2002/02/06 : CIA-RDP93B01194R0001\n"
	  "28 August 1980\nMEMORANDUM FOR: All CRD Reviewers\nSTATINTL FROM:\nChief, Classification Review Division\n"
	  "SUBJECT: Systematic Classification Review\n1. Personnel are reviewing records.\n", "from",
	  "Classification Review Division (Chief)", "memorandum header" },
	{ "a date-time group's year of two digits is of the cables that print one",
	  "UNCLAS BRASILIA 001156\nR 161735Z SEP 09\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC 5021\n\n1. Brazil plans to send "
	  "assurances.\n", "date", "2009-09-16", "date-time group" },
	{ "an unclassified cable's number on its first line of text",
	  "R 161735Z SEP 09\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC 5097\n\nUNCLAS BRASILIA 001156\n\nSENSITIVE\n\n1. Brazil "
	  "plans to send assurances.\n", "number", "001156", "cable's first line" },
	{ "a telegram's 'Sender:' and 'To:' lines are a labelled pair",
	  "March 6, 1976\nTelegram from Pyongyang to Bucharest, SECRET, Urgent, No. 067.046\nTELEGRAM\nSender: Pyongyang\n"
	  "CLASSIFICATION: SECRET\nTo: Comrade Deputy Minister, Constantin Oancea\nOn March 4, Ambassador Popa was invited.\n",
	  "to", "Constantin Oancea (Deputy Minister)", "labelled line" },
	{ "a translator's bracket of office and given name before a surname in capitals",
	  "November 16, 1962\nTelegram from Polish Embassy in Washington (Drozniak), 16 November 1962\nCiphergram No. 16831\n"
	  "To: [Foreign Ministry Director Eugeniusz] MILNIKIEL1\nFrom: [Ambassador Edward] DRO\xc5\xbbNIAK2\nThere is a belief.\n",
	  "to", "Eugeniusz Milnikiel (Foreign Ministry Director)", "labelled line" },
	{ "... the footnote's number after a comma, and the cable's precedence after it",
	  "October 30, 1962\nTelegram from Polish Embassy in Washington (Drozniak), 30 October 1962\nCiphergram No. 16028\n"
	  "To: [Foreign Ministry Director Eugeniusz] MILNIKIEL,1 URGENT, EYES ONLY\nFrom: [Ambassador Edward] DRO\xc5\xbbNIAK2\n"
	  "There is a belief.\n",
	  "to", "Eugeniusz Milnikiel (Foreign Ministry Director)", "labelled line" },
	{ "... a surname printed as a name is",
	  "June 1, 1962\nTelegram from Polish Embassy in Washington (Drozniak), 1 June 1962\nCiphergram No. 8175\n"
	  "To: [Director General in the Foreign Ministry Przemys\xc5\x82\x61w] Ogrodzi\xc5\x84ski,1 URGENT\n"
	  "From: [Ambassador Edward] DRO\xc5\xbbNIAK2\nCuba has been removed from the list.\n",
	  "to", "Przemys\xc5\x82\x61w Ogrodzi\xc5\x84ski (Director General in the Foreign Ministry)", "labelled line" },
	{ "a mission and, after a comma, its post (a capital of the period's lexicon): one party",
	  "October 23, 1962\nTelegram from Mexican Embassy, Santo Domingo\nThis document was made possible with support from "
	  "Leon Levy Foundation\nTRANSLATION OF CODED TELEGRAM\nSANTO DOMINGO, 23 October 1962\n187 - The Ministry convened "
	  "the diplomatic corps.\n",
	  "from", "Mexican Embassy in Santo Domingo", "title line" },
	{ "... a surname of two names joined by a hyphen",
	  "June 1, 1962\nTelegram from the Romanian Embassy in Washington, 1 June 1962\nTo: [Deputy Minister Paul] "
	  "Niculescu-Mizil,2 URGENT\nFrom: [Ambassador Petre] B\xc4\x82" "L\xc4\x82" "CEANU3\nThe talks went well.\n",
	  "to", "Paul Niculescu-Mizil (Deputy Minister)", "labelled line" },
	{ "an address of a line for each addressee, in the same form: all of them",
	  "Skip to content\n\nApril 12, 1946\n\nMessage from Bagirov on April 7 meeting with Pishevari\n\nTo Cde. Stalin\n"
	  "To Cde. Molotov\nI, Bagirov, had a detailed conversation on 7 April.\n",
	  "to", "Stalin; Molotov", "salutation" },
	{ "a name alone over a heading that opens with the paper's kind is its author's",
	  "Speeches, etc.\n\nMargaret Thatcher\n\nLetter to US President (Ronald Reagan) (\"you stood for all that is best\")\n\n"
	  "Document type: Speeches, interviews, etc.\nVenue: No.10 Downing Street\nSource: Thatcher Archive\n\nDear Ron.\n\n"
	  "As you leave office, I wanted simply to say thank you. Yours sincerely Margaret Thatcher\n", "from",
	  "Margaret Thatcher", "byline" },
	{ "... not a collection's heading, whose words are not printed again",
	  "Cuban Missile Crisis\n\nTelegram from Dobrynin to USSR Foreign Ministry\n\nDocument type: Telegram\n"
	  "Source: AVP RF\n\nToday I met Robert Kennedy.\n", "from", "Dobrynin", "heading" },
	{ "... and the heading is the title",
	  "Speeches, etc.\n\nMargaret Thatcher\n\nLetter to US President (Ronald Reagan) (\"you stood for all that is best\")\n\n"
	  "Document type: Speeches, interviews, etc.\nVenue: No.10 Downing Street\nSource: Thatcher Archive\n\nDear Ron.\n\n"
	  "As you leave office, I wanted simply to say thank you. Yours sincerely Margaret Thatcher\n", "title",
	  "Letter to US President (Ronald Reagan) (\"you stood for all that is best\")", "title line" },
	{ "a title line that goes on past the citation's title is the citation's",
	  "Search in\n\nDecember 21, 1989\n\n  \xe2\x80\xa2 Citation\n\n    get citation\n\n    Informational Note from the Romanian "
	  "Embassy in Moscow to the Ministry of Foreign Affairs (Bucharest) regarding requests by Soviets for more information\n"
	  "    \"Informational Note from the Romanian Embassy in Moscow to the Ministry of Foreign Affairs (Bucharest),\" "
	  "December 21, 1989, History and Public Policy Program Digital Archive, AMAE.\n  \xe2\x80\xa2 share document\n\n"
	  "English HTML\n\n21 December 1989\n\nDuring the evening of 20 December 1989, I was called.\n", "title",
	  "Informational Note from the Romanian Embassy in Moscow to the Ministry of Foreign Affairs (Bucharest)", "citation" },
	{ "an edition's heading that names the recipient first, then the sender",
	  "To George Washington from Alexander Hamilton, 26 March 1796\nFrom Alexander Hamilton\nMarch 26 1796\nSir\n"
	  "I perceived by the News Paper that the resolution has been carried.\n", "to", "George Washington", "title line" },
	{ "... the sender",
	  "To George Washington from Alexander Hamilton, 26 March 1796\nFrom Alexander Hamilton\nMarch 26 1796\nSir\n"
	  "I perceived by the News Paper that the resolution has been carried.\n", "from", "Alexander Hamilton", "title line" },
	{ "a collection's name over a document view under a search is no title",
	  "George Washington Papers\nDocuments filtered by: Recipient=\"Hamilton, Alexander\"\nsorted by: date (descending)\n"
	  "Permanent link for this document:\nhttps://founders.archives.gov/documents/Washington/05-19-02-0145\n\n"
	  "From George Washington to Alexander Hamilton, 28 November 1795\n\nTo Alexander Hamilton\n\n"
	  "Philadelphia 28th Novr 1795\n\nMy dear Sir,\n\nIf indisposition should have prevented you.\n", "title",
	  "From George Washington to Alexander Hamilton, 28 November 1795", "title line" },
	{ "a suffix after a comma is the name's, no second party",
	  "Skip to content\n\nJune 20, 1974\n\nLetter to Sam J. Ervin, Jr. from W. E. Colby\n\nDear Mr. Chairman,\n\nThe report "
	  "follows.\n", "to",
	  "Sam J. Ervin", "title line" },
	{ "the agency's note heads a memorandum, its sender's label misread by one letter",
	  "ACTION PLAN FOR HEADQUARTERS PARKING\nContent Type:\nMEMO\nBody:\nApproved for Release 2011/12/13: CIA-RDP89G0\n"
	  "3 0 JUN 1987\nNOTE FOR: Deputy Director for Administration\nFRCM: John M. Ray\nDirector of Logistics\n"
	  "SUBJECT: Action Plan for Headquarters Parking\n1. I have discussed the note with Bob.\n", "from", "John M. Ray",
	  "memorandum header" },
	{ "... its addressee",
	  "ACTION PLAN FOR HEADQUARTERS PARKING\nContent Type:\nMEMO\nBody:\nApproved for Release 2011/12/13: CIA-RDP89G0\n"
	  "3 0 JUN 1987\nNOTE FOR: Deputy Director for Administration\nFRCM: John M. Ray\nDirector of Logistics\n"
	  "SUBJECT: Action Plan for Headquarters Parking\n1. I have discussed the note with Bob.\n", "to",
	  "Deputy Director for Administration", "memorandum header" },
	{ "a memorandum's heading scanned with a letter added and one misread",
	  "DEVELOPMENT OF A MASTER PLAN\nContent Type:\nMEMO\nBody:\nApproved For Release 2009/01/02 : CIA-RDP80B01676R0\n"
	  "1 MAY 1964\nMEMORANDCIN FOR: Deputy Director (Support)\nSUBJECT : Development of a Master Plan\n"
	  "1. The plan is due.\n", "to", "Deputy Director for Support", "memorandum header" },
	{ "a title that names the sender's office, a 'FROM:' line its holder",
	  "Search in\n\nDigital Archive International History Declassified\n\nJuly 03, 1963\n\n"
	  "TELEGRAM FROM INDIAN CHARGE D'AFFAIRES IN BELGRADE\n\nDATE: July 3, 1963\nSECRET\n"
	  "FROM: Om Prakash, Charge d'affaires, Embassy of India, Belgrade\nTO: Foreign Secretary, MEA\n"
	  "In his speech President Tito spoke of disarmament.\n", "from", "Om Prakash (Indian Charge D'affaires)", NULL },
	{ "a form of address set apart by a comma is no party",
	  "Skip to content\n\nMay 3, 1966\n\nLETTER TO THE HONORABLE, ALLEN DULLES, FROM ROGER HILSMAN\n\nDear Allen:\n\n"
	  "Thank you for the book.\n", "to", "Allen Dulles", "title line" },
	{ "a cable's first line with a post of two words",
	  "PAGE 01 NEW DE 02566 01 OF 02 191059Z\nC O N F I D E N T I A L NEW DELHI 2566\n\nE.O. 11652: GDS\n\n1. The minister "
	  "said.\n", "number", "2566", "cable's first line" },
	{ "a cable's page line makes it a telegram, whatever else its header lost",
	  "CONFIDENTIAL\n\nPAGE 02 BUDAPE 01241 201448Z\n\nIN HIS LETTER THE MINISTER SAID THAT THE TALKS WOULD GO ON.\n", "kind",
	  "telegram", "cable page line" },
	{ "a cable form's lists of copies, however long, are no text before its address",
	  "Skip to content\n\nSeptember 11, 1956\n\nCable from the Chinese Embassy in Pakistan, 'The Circumstances'\n\n"
	  "Copy to: Zhang, Zhang [Wenji], Ji [Pengfei], Liu, Qiao, General Office, Soviet and European Affairs Department, "
	  "Asian Affairs Department, Western European Affairs Department, American and Australian Affairs Department, "
	  "Information Department\n\nFrom the Desk of the Ambassador to Pakistan\n\nPriority: Urgent\n\n11 September 1956\n\n"
	  "[To the] Ministry of Foreign Affairs:\n\nPakistan's recent diplomatic activities were many.\n", "to",
	  "Ministry of Foreign Affairs", "address" },
	{ "a telegram's text opening with its number, the day and the hour between dashes gives its number",
	  "October 24, 1962\n\nTelegram from the Brazilian Embassy in Havana (Bastian Pinto), 5 p.m., Wednesday\n\n"
	  "Question of Cuba.\n\n342 \xe2\x80\x93 WEDNESDAY \xe2\x80\x93 1700hs \xe2\x80\x93 With the interruption of all "
	  "routes of aviation we find ourselves isolated.\n", "number", "342", "number, day and hour" },
	{ "a letter's list item opening with a number and a day gives no number",
	  "Letter from Kim Il Sung to Stalin\n\nMarch 3, 1951\n\nDear comrade,\n\n12 - Monday - we arrived.\n", "number",
	  NULL, NULL },
	{ "the office heading a ministry's form of a telegram received is its addressee",
	  "October 24, 1962\n\nTelegram from the Brazilian Embassy in Havana (Bastian Pinto)\n\n"
	  "SECRETARY OF STATE FOR EXTERNAL RELATIONS\nTELEGRAM\nRECEIVED\n13050\nFROM THE EMBASSY IN HAVANA\n"
	  "CONFIDENTIAL URGENT\n\nThe situation is grave.\n", "to", "Secretary of State for External Relations",
	  "received telegram form" },
	{ "a telegram's closing line of its signer and number between dashes",
	  "August 24, 1971\n\nTelegram, Embassy of Hungary in the Soviet Union to the Hungarian Foreign Ministry\n\n"
	  "The Soviet comrades are aware of the efforts.\n\n\xe2\x80\x93 Monori \xe2\x80\x93 423 \xe2\x80\x93\n",
	  "number", "423", "signature and number" },
	{ "a mission's post named by a country is no recipient",
	  "September 11, 1956\n\nCable from the Chinese Embassy to the Soviet Union, 'A Report of the Speech'\n\n"
	  "The chief said much.\n", "to", NULL, NULL },
	{ "a mission's post named by a country stays in the sender's name",
	  "September 11, 1956\n\nCable from the Chinese Embassy to the Soviet Union, 'A Report of the Speech'\n\n"
	  "The chief said much.\n", "from", "the Chinese Embassy to the Soviet Union", "title line" },
	{ "... a post in a state named by its form ('the People's Republic of Bulgaria')",
	  "June 18, 1975\n\nGDR Embassy to the People\xe2\x80\x99s Republic of Bulgaria\n\nSofia, 18 June 1975\n\n"
	  "Enclosed I forward the original.\n", "to", NULL, NULL },
	{ "... ('the Socialist Republic of Romania')",
	  "June 18, 1975\n\nGDR Embassy to the Socialist Republic of Romania\n\nBucharest, 18 June 1975\n\n"
	  "Enclosed I forward the original.\n", "to", NULL, NULL },
	{ "a letter closed 'With socialist greetings' is signed on the next line",
	  "Sofia, 18 June 1975\n\nDear Comrade Axen!\n\nEnclosed I forward the original and two copies.\n\n"
	  "With socialist greetings\n\nWenning\n\n[GDR Ambassador]\n", "from", "Wenning", "signature" },
	{ "a group named by whom it belongs to is one party, in full, not its first word",
	  "November 12, 1960\n\nLetter from Kim Il Sung to Members of the Indonesian Delegation\n\nText.\n", "to",
	  "Members of the Indonesian Delegation", "title line" },
	{ "... on the other side of a meeting too",
	  "November 12, 1960\n\nReport of the Meeting of the Albanian Labor Party Delegation with Leaders of the "
	  "Communist Party of the Soviet Union\n\nText.\n", "to", "Leaders of the Communist Party of the Soviet Union",
	  "title line" },
	{ "a mission writing to a person keeps its recipient",
	  "September 11, 1956\n\nLetter from the Chinese Embassy to Kim Il Sung\n\nThe chief said much.\n", "to",
	  "Kim Il Sung", "title line" },
	{ "a cable's address closed by a comma names a body",
	  "November 10, 1962\n\nCable from the Chinese Embassy in Moscow, 'A Report'\n\nForeign Ministry,\n\n"
	  "According to our overseas students, the chief editor delivered a report on current events in the college.\n",
	  "to", "Foreign Ministry", "address" },
	{ "a person's name closed by a comma is no address",
	  "November 10, 1962\n\nCable from the Chinese Embassy in Moscow, 'A Report'\n\nZhou Enlai,\n\n"
	  "According to our overseas students, the chief editor delivered a report on current events in the college.\n",
	  "to", NULL, NULL },
	{ "an address said to be one may run long, a unit and the bodies it belongs to one party",
	  "December 27, 1961\n\nCable from the Chinese Embassy in North Korea, 'Premier Kim's Son'\n\n"
	  "To the Foreign Ministry and the International Liaison Department, Central Committee, Communist Party of China:\n\n"
	  "Premier Kim's eldest son visited our student in his dormitory after class on the 23rd.\n",
	  "to", "the Foreign Ministry; the International Liaison Department, Central Committee, Communist Party of China",
	  "address" },
	{ "an address line with no colon names a body at its end",
	  "September 06, 1953\n\nCable from Ambassador Yuan Zhongxin\n\nTo the Ministry of Foreign Affairs\n\n"
	  "R.K. Nehru had a meeting with me yesterday and the meeting minutes are as follows.\n", "to",
	  "the Ministry of Foreign Affairs", "address" },
	{ "a recipient proposed who is the sender another source chose is passed over",
	  "September 06, 1953\n\n\"Cable from Ambassador Yuan Zhongxin, 'Minutes of Meeting between R.K. Nehru and "
	  "Ambassador Yuan',\" September 06, 1953, History and Public Policy Program Digital Archive, PRC FMA 105.\n\n"
	  "Minutes of Meeting between R.K. Nehru and Ambassador Yuan\n\nTo the Ministry of Foreign Affairs\n\n"
	  "R.K. Nehru had a meeting with me yesterday and the meeting minutes are as follows.\n", "to",
	  "the Ministry of Foreign Affairs", "address" },
	{ "one source naming two people by a shared word tells them apart",
	  "Marshall Mission Files, Lot 54\xe2\x80\x93" "D270: Telegram\n\nColonel Marshall S. Carter to General Marshall\n\n"
	  "[Washington,] 7 August 1946.\n\n96789. Your 125855 refers. The President will make no statement.\n", "to",
	  "Marshall", "heading" },
	{ "a catalogue row's title and date run together: the date",
	  "Letter by the First Secretary of the Polish Workers' Party (W\xc5\x82" "adys\xc5\x82" "aw Gomu\xc5\x82ka) to the "
	  "General Secretary of the PCR (Nicolae Ceau\xc5\x9f" "escu) on the Romanian Proposal to Summon the PCC13 Feb 1968 |\n"
	  "This is a letter from the first secretary of the Polish Workers' Party to the general secretary of the Romanian "
	  "Communist Party. He approves the Romanian proposal.\n", "date", "1968-02-13", "date line" },
	{ "a catalogue row's title and date run together: the title without it",
	  "Letter by the First Secretary of the Polish Workers' Party to the General Secretary of the PCR on the Romanian "
	  "Proposal to Summon the PCC13 Feb 1968 |\nThis is a letter from the first secretary of the Polish Workers' Party "
	  "to the general secretary of the Romanian Communist Party. He approves the Romanian proposal.\n", "title",
	  "Letter by the First Secretary of the Polish Workers' Party to the General Secretary of the PCR on the Romanian "
	  "Proposal to Summon the PCC", "title line" },
	{ "a record's cells run into one line: its sender by label, with the office after the name",
	  "Letter to Ceausescu\n\nDocument Type:\nLetter Sender: Wladyslaw Gomulka, First Secretary of PZPR Recipient: "
	  "Nicolae Ceausescu, General Secretary of the PCR Language of Original Document: Polish Number of Pages: 2 Cold "
	  "War Period: 1960s Persons: Gomulka, Ceausescu |\n", "from", "Wladyslaw Gomulka (First Secretary of PZPR)",
	  "label" },
	{ "a record's cells run into one line: its recipient by label",
	  "Letter to Ceausescu\n\nDocument Type:\nLetter Sender: Wladyslaw Gomulka, First Secretary of PZPR Recipient: "
	  "Nicolae Ceausescu, General Secretary of the PCR Language of Original Document: Polish Number of Pages: 2 Cold "
	  "War Period: 1960s Persons: Gomulka, Ceausescu |\n", "to", "Nicolae Ceausescu (General Secretary of the PCR)",
	  "label" },
	{ "a telegram's number before its first numbered paragraph",
	  "191. Telegram From the Embassy in Yugoslavia to the Department of State\n\n4089. 1. My meeting with Tito this "
	  "morning lasted one hour.\n\n2. In view of tense situation I feel it would be unwise to return.\n\nElbrick\n",
	  "number", "4089", "telegram number" },
	{ "a Czechoslovak file number by its mark",
	  "August 18, 1981\n\nTelegram from Czechoslovak Embassy in Addis Ababa\n\nCopy No.: 2\n\nTelegram from Addis Ababa\n\n"
	  "August 18, 1981\n\nC.j.: 053.181\n\nOn August 17, 1981, the Soviet ambassador informed the ambassadors.\n", "number",
	  "053.181", "registry number" },
	{ "an East German classified series' number after its mark",
	  "March 29, 1988\n\nTelegram from Wolfgang Bayerlacher to Erich Honecker\n\n[GDR Embassy in Ethiopia]\n\n"
	  "Addis Abeba Instant Message\n\ngvs-t-b 7/111- 17/88   First copy 1 page\n\nComrade Erich Honecker\n\n"
	  "On 29 March I was called by phone.\n", "number", "7/111- 17/88", "registry number" },
	{ "a word that opens with the mark is no mark",
	  "March 29, 1988\n\nTelegram from Wolfgang Bayerlacher to Erich Honecker\n\ngvsomething 7/111 copy\n\n"
	  "On 29 March I was called by phone.\n", "number", NULL, NULL },
	{ "a number line under the day it was registered",
	  "October 6, 1960\n\nJournal of Soviet Ambassador in the DPRK A.M. Puzanov for 6 October 1960\n\nTOP SECRET\n\n"
	  "USSR MFA stamp: Copy N\xc2\xba 1\nFROM THE JOURNAL\nOF A. M. PUZANOV\n02214-gs\n20-24 October 1960\n17 October 1960\n"
	  "N\xc2\xba 169\n[handwritten in the left margin: \"DVO\"]\nJOURNAL\nof Soviet Ambassador in the DPRK Cde. A. M. PUZANOV\n"
	  "Pyongyang\n[\xe2\x80\xa6]\n6 October 1960\n"
	  "A reception was held in the evening.\n", "number", "169", "number line" },
	{ "a catalogue's title copied from a memorandum's header, its colon kept: the sender",
	  "Title: Memorandum for: the Secretary of State from John A. McCone\n\nThe memorandum's text.\n", "from",
	  "John A. McCone", "label" },
	{ "the sender typed on a memorandum header's addressee line",
	  "MEMORANDUM FOR: DEPUTY DIRECTOR FROM MARSHALL S. CARTER\n\nThe memo text goes here and on.\n", "from",
	  "Marshall S. Carter", "memorandum header" },
	{ "an office that ends in an office's word keeps its titles",
	  "Memorandum for the Deputy Director from John Smith\n\nThe memo text goes here and on.\n", "to",
	  "the Deputy Director", "heading" },
	{ "a summary over a date line and a title, no site's furniture around: the title line",
	  "Request by the Ethiopian leader, Mengistu Haile Mariam, for immediate delivery of weapons to support the "
	  "government in the Ethiopian civil war.\nMarch 30, 1988\nTelegram from Wolfgang Bayerlacher to Erich Honecker\n"
	  "[GDR Embassy in Ethiopia]\nComrade Erich Honecker\nOn 30 March at 8:00 hours I informed Comrade Mengistu.\n",
	  "from", "Wolfgang Bayerlacher", "title line" },
	{ "a name alone before the kind word in a catalogue's title is its sender",
	  "Archive (Reagan Library)\nEconomy: Reagan letter to Thatcher (support over mines and docks strikes) [declassified "
	  "1998]\nDocument type: Declassified documents\nVenue: White House\nJuly 18, 1984\nDear Margaret:\nIn recent weeks I "
	  "have thought often of you.\n", "from", "Reagan", "title line" },
	{ "a catalogue's abbreviation before the kind word is no sender",
	  "Archive (Reagan Library)\nUS: MT letter to President Carter (farewell) [released 2012]\nDocument type: "
	  "Declassified documents\nJuly 18, 1980\nDear Mr President,\nI write to thank you.\n", "from", NULL, NULL },
	{ "initials a catalogue writes for a person are its sender, on the catalogue's pages",
	  "Archive (Thatcher MSS)\nUS: MT letter to President Carter (farewell) [released 2012]\nDocument type: "
	  "Declassified documents\nSource: Thatcher MSS (Churchill Archive Centre): THCR3/1/12 (i) f24\n", "from",
	  "Margaret Thatcher", "title line" },
	{ "initials a catalogue writes for a person are its recipient, on the catalogue's pages",
	  "Archive (Thatcher MSS)\nCanada: Prime Minister Trudeau of Canada letter to MT (thanks for talk) [released "
	  "2011]\nDocument type: Declassified documents\nSource: Thatcher MSS (Churchill Archive Centre): THCR 3/1/9\n",
	  "to", "Margaret Thatcher", "title line" },
	{ "... on its pages of other archives' papers, which carry its ranking",
	  "Archive (TNA)\nIndia: Indira Gandhi message to MT (North-South dialogue) [declassified Jul 2015]\nDocument "
	  "type: Declassified documents\nImportance ranking: Major\n", "to", "Margaret Thatcher", "title line" },
	{ "... with the catalogue's notes after them",
	  "Archive (TNA)\nForeign Policy: President Reagan letter to MT (1529Z) (US/Soviet Summit in Geneva) [released "
	  "Dec 2014]\nDocument type: Declassified documents\nImportance ranking: Major\n", "to", "Margaret Thatcher",
	  "title line" },
	{ "a name alone before the kind word and 'for' its recipient is the sender",
	  "Archive (TNA)\nCold War: Charles Powell minute for MT (\"US Soviet summit\") [released Dec 2015]\nDocument "
	  "type: Declassified documents\nImportance ranking: Major\n", "from", "Charles Powell", "title line" },
	{ "Whitehall's minute is a memorandum",
	  "Archive (TNA)\nCold War: Charles Powell minute for MT (\"US Soviet summit\") [released Dec 2015]\nDocument "
	  "type: Declassified documents\nImportance ranking: Major\n", "kind", "memorandum", "title line" },
	{ "a country in brackets after a party is the catalogue's topic, no holder of an office",
	  "Archive (TNA)\nForeign Policy: MT letter to Lord Carrington (Afghanistan) [released 2018]\nDocument type: "
	  "Declassified documents\nImportance ranking: Major\n", "to", "Lord Carrington", "title line" },
	{ "a president's initials before the kind word are his",
	  "Archive (Kennedy Library)\nBerlin: JFK letter to Khrushchev (on the wall) [declassified 1993]\nDocument "
	  "type: Declassified documents\n", "from", "John F. Kennedy", "title line" },
	{ "a word that qualifies the paper between its sender and its kind is not his name",
	  "Archive (Reagan Library)\nFalklands: Reagan draft letter to Thatcher (never sent) [declassified 1998]\n"
	  "Document type: Declassified documents\n", "from", "Reagan", "title line" },
	{ "a title that ends in a year after a comma is no dateline",
	  "Skip to content\n\nNovember 16, 1981\n\nSino-Soviet Trade, 1981\n\n\nMPR Embassy in the Soviet Union\n"
	  "Meeting, record of conversation\n\nNovember 16, 1981 Moscow\n\nSino-Soviet trade, 1981\n\nOn November 16, "
	  "1981 Embassy counselor Ts. Narkhuu met with the Deputy Head of the USSR MFA.\n",
	  "title", "Sino-Soviet Trade, 1981", "title line" },
	{ "a dateline in capitals with its day and month left blank gives its year",
	  "THE\n\nWASHINGTON , 1974\n\nMEMORANDUM FOR THE WHITE HOUSE STAFF:\n\nBy custom and tradition, the files "
	  "of the White House Office belong to the President.\n", "date", "1974", NULL },
	{ "a city's dateline with a year alone gives its year",
	  "Moscow, 1952\n\nDear Comrade Kim,\nI have your letter.\n", "date", "1952", NULL },
	{ "a mission named with its city after a comma is the mission there",
	  "October 29, 1962\n\nTelegram from Brazilian Embassy, Havana\n\nThe situation in the city is calm.\n", "from",
	  "Brazilian Embassy in Havana", "title line" },
	{ "a person named with his city after a comma is the person",
	  "October 29, 1962\n\nTelegram from Vasco Leitao da Cunha, Havana\n\nThe situation in the city is calm.\n",
	  "from", "Vasco Leitao da Cunha", "title line" },
	{ "an archive's block of date, wrapped title and sponsor's line, copied under a blog's lines, gives the title",
	  "20240920 CDTL Chuyen Di Ruoc Giac 24 Jan 1966 Ho Chi Minh\nEnglish version Google translated\n"
	  "https://digitalarchive.wilsoncenter.org/document/93537/download\nJanuary 24, 1966\nReception by Soviet Vice "
	  "Foreign\nMinister V. V. Kuznetsov for the General Director of the Polish Foreign\nMinistry, Cde. Jerzy "
	  "Michalowski\nThis document was made possible with support from Leon Levy Foundation\nI received Comrade "
	  "Michalowski [on 15 January 1966] at his request.\nMichalowski said that the trip was useful.\n",
	  "title",
	  "Reception by Soviet Vice Foreign Minister V. V. Kuznetsov for the General Director of the Polish Foreign "
	  "Ministry, Cde. Jerzy Michalowski",
	  "title line" },
	{ "and its sender",
	  "Posted by a reader\nJanuary 24, 1966\nRecord of Conversation of Soviet Ambassador S. Chervonenko with\nDeng "
	  "Xiaoping\nThis document was made possible with support from Leon Levy Foundation\nI received Comrade Deng "
	  "at his request.\n",
	  "from", "Chervonenko", "title line" },
	{ "a summary over the block is the paper's, no site's line dropped with them",
	  "The ambassador met the vice minister and they spoke about the war in the south at great length.\n"
	  "January 24, 1966\nReception by Soviet Vice Foreign Minister V. V. Kuznetsov\n"
	  "This document was made possible with support from Leon Levy Foundation\nI received him.\n",
	  "summary", "The ambassador met the vice minister and they spoke about the war in the south at great length.",
	  "summary" },
	{ "under a telegram's header, routing and markings, a heading that names its kind over a date is the title",
	  "Some words of the blog about the uprising.\n\nCODED TELEGRAM\nFrom Budapest Priority\nTop Secret\nNot to be copied\nAndropov Report from Budapest to Moscow\n1 November 1956\nToday, on November 1, at 7 p.m. I received an "
	  "invitation. Andropov\n",
	  "title", "Andropov Report from Budapest to Moscow", "telegram heading" },
	{ "a heading with no date alone under it is none",
	  "Some words of the blog about the uprising.\n\nCODED TELEGRAM\nFrom Budapest Priority\nTop Secret\nNot to be copied\nAndropov Report from Budapest to Moscow\nToday, on November 1, at 7 p.m. I received an invitation.\n",
	  "title", "Some words of the blog about the uprising", NULL },
	{ "the surname before the kind signs, 'from' naming the place it was sent from, when the page names him apart",
	  "Some words of the blog about the uprising.\n\nCODED TELEGRAM\nFrom Budapest Priority\nTop Secret\nNot to be copied\nAndropov Report from Budapest to Moscow\n1 November 1956\nToday, on November 1, at 7 p.m. I received an "
	  "invitation to the meeting, where Nagy asked for Andropov at once.\n",
	  "from", "Andropov", "telegram heading" },
	{ "not when the page names him only in his paper's name",
	  "Some words of the blog about the uprising.\n\nCODED TELEGRAM\nFrom Budapest Priority\nTop Secret\nNot to be copied\nAndropov Report from Budapest to Moscow\n1 November 1956\nToday, on November 1, at 7 p.m. I received an "
	  "invitation.\n",
	  "from", "Budapest", "telegram heading" },
	{ "nor a word of the cipher before the kind",
	  "Some words of the blog about the uprising.\n\nCODED TELEGRAM\nFrom Budapest Priority\nTop Secret\nNot to be copied\nCiphered Telegram from Budapest to Moscow\n1 November 1956\nToday, on November 1, at 7 p.m. I received an "
	  "invitation, Ciphered at once by the clerk.\n",
	  "from", "Budapest", "telegram heading" },
	{ "a participle's 'to' parts no sender from a recipient",
	  "Skip to content\n\nAugust 31, 1961\n\nPOSSIBLE INDICATIONS RELATING TO THE BERLIN AND GERMAN SITUATION\n\n"
	  "1. Soviet forces were seen moving west.\n", "from", NULL, NULL },
	{ "nor a phrase's ('Prior to')",
	  "Skip to content\n\nAugust 31, 1961\n\nBriefing Prior to the Vienna Summit\n\n1. The President will meet.\n", "to",
	  NULL, NULL },
	{ "a letterhead with the paper's kind run on names the body before the kind",
	  "DEPARTMENT OF STATE Memorandum of Conversation\n\nDATE: July 1, 1949\n\nThe Ambassador called at his own "
	  "request and spoke of the trade talks.\n", "from", "Department of State", "letterhead" },
	{ "a sitting the paper is about, after its recipient, gives no sender",
	  "Skip to content\n\nMarch 3, 1976\n\nLetter to Hugo Abreu on a Conversation between Admiral Jose Pinto and "
	  "Ambassador Crimmins\n\nThe two men met in Brasilia.\n", "from", NULL, NULL },
	{ "its recipient still is",
	  "Skip to content\n\nMarch 3, 1976\n\nLetter to Hugo Abreu on a Conversation between Admiral Jose Pinto and "
	  "Ambassador Crimmins\n\nThe two men met in Brasilia.\n", "to", "Hugo Abreu", "title line" },
	{ "a surname with its particle elided onto it is a name ('Giscard d'Estaing')",
	  "Skip to content\n\nMay 12, 1978\n\nLetter from French President Giscard d'Estaing to Deng Xiaoping\n\nText.\n",
	  "from", "Giscard d'Estaing", "title line" },
	{ "a memorandum's addressee under its date line, another field under it, is no title line",
	  "2 February 1968\nMEMORANDUM FOR: Deputy Director for Support\nSUBJECT: Vietnam Situation\n\n1. The survey "
	  "follows.\n", "to", "Deputy Director for Support", "memorandum header" },
	{ "a catalogue's title that reads as the field, over the catalogue's labels, still is",
	  "MEMORANDUM FOR: MR. DULLES FROM(Sanitized)\n\nDocument Type:\nCREST\nPublication Date:\nMay 3, 1955\n\nBody:\n"
	  "The memorandum follows.\n", "title", "MEMORANDUM FOR: MR. DULLES FROM(Sanitized)", "title line" },
	{ "the seat of government a sitting's side met in is no part of his name",
	  "Skip to content\n\nMay 5, 1981\n\nRecord of the Meeting between Comrade Leonid Brezhnev, Erich Honecker and "
	  "Gustav Husak in the Kremlin\n\nThe comrades met.\n", "to", "Erich Honecker; Gustav Husak", "title line" },
	{ "a talk headed by the initials of the body it is given to names its recipient",
	  "INDONESIA\n\nNSC BRIEFING 6 April 1960\n\nThe situation in Indonesia has not changed much since last week.\n", "to",
	  "National Security Council", "talk's heading" },
	{ "the body whose meeting a talk is given at, on the line under its heading, too",
	  "DCI BRIEFING FOR\n5 NOVEMBER NSC MEETING\n\nThe Soviet Union has moved troops.\n", "to",
	  "National Security Council", "talk's heading" },
	{ "... and a long scanned line with no meeting on it is read to its end, not past it",
	  "DCI BRIEFING The Soviet Union has moved troops to the border again and the reports of the last week say that "
	  "more will follow in the coming days while the talks in Geneva go on without any result that either side could "
	  "call its own at the end of the week\n\nMore text.\n", "from", "Director of Central Intelligence",
	  "talk's heading" },
	{ "a body's initials before no talk are no recipient",
	  "INDONESIA\n\nNSC ACTION 6 April 1960\n\nThe situation in Indonesia has not changed much since last week.\n", "to",
	  NULL, NULL },
	{ "a talk's two sides after the comma, joined by 'and': the recorder's first",
	  "Skip to content\n\nJune 18, 1978\n\nRecord of Conversation, Soviet Ambassador A.M. Puzanov and Taraki\n\n"
	  "The meeting took place in Kabul.\n", "to", "Taraki", "title line" },
	{ "not after a paper that names no sitting",
	  "Skip to content\n\nJune 18, 1978\n\nReport, Soviet Ambassador A.M. Puzanov and Taraki\n\n"
	  "The meeting took place in Kabul.\n", "to", NULL, NULL },
	{ "a sentence ending in a colon that leads into the text is no address",
	  "Skip to content\n\nOctober 24, 1962\n\nTelegram from the Polish Embassy in Moscow\n\nBased on Cieslak's "
	  "conversations with the board members of Pravda (10.24 at noon):\n\n1. The Soviet comrades are calm.\n", "to",
	  NULL, NULL },
	{ "a cable's number, then a comma, then its dateline: the number is the cable's",
	  "Historical documents\n\n355 Department of External Affairs to External Affairs Office, London\n\nCablegram 2917, "
	  "CANBERRA, 5 August 1948\n\n\nMy immediately following telegram contains points.\n", "number", "2917",
	  "telegram header" },
	{ "... a code of letters and figures too",
	  "Historical documents\n\n2 Hood to Burton\n\nCablegram UN556, NEW YORK, 19 June 1948, 3.27 p.m.\n\nPERSONAL\n\n"
	  "I gave Trygve Lie the message contained in your 283 yesterday.\n", "number", "UN556", "telegram header" },
	{ "a letter to the holder of an office named by it alone: the office is its recipient",
	  "Berlin, December 15, 1935.\nDear Mr. President:\nLet me return the hearty thanks of us all here for your kind "
	  "letter.\n", "to", "President", "salutation" },
	{ "a telegram's number over the list of its copies, at its foot, is its own",
	  "Skip to content\n\nAugust 31, 1950\n\nCiphered Telegram, Shtykov to Feng Xi [Stalin]\n\nFrom Pyongyang.\n\n"
	  "I visited KIM IL SUNG and communicated to him the contents of the telegram.\n\nNo. 1001\nCopies: Stalin (2), "
	  "Malenkov, Beria,\nBulganin, Mikoyan, Khrushchev, File of 8th\n", "number", "1001", "number over the copies" },
	{ "a number over no list of copies is no foot's",
	  "Skip to content\n\nAugust 31, 1950\n\nCiphered Telegram, Shtykov to Feng Xi [Stalin]\n\nFrom Pyongyang.\n\n"
	  "I visited KIM IL SUNG and communicated to him the contents of the telegram.\n\nNo. 1001\nStalin replied at once.\n",
	  "number", NULL, NULL },
	{ "an editor's note of when a cable went out dates it",
	  "Archive\n\nCold War: Reagan letter to Thatcher [declassified 1998]\n\nEditorial comments:\n\nDespatched 0316 GMT "
	  "15 Jan 1984; declassified 13 Oct 1998.\n\nImportance ranking: Major\nDeclassified 98-005#5\n13 Oct 1998\n\n"
	  "Secret\n\n1. On January 16 the President will deliver a major address.\n", "date", "1984-01-15", "despatch note" },
	{ "the day a paper was declassified, under its stamp, is no date line of it",
	  "Archive\n\nCold War: Reagan letter to Thatcher [declassified 1998]\n\nImportance ranking: Major\n"
	  "Declassified 98-005#5\n13 Oct 1998\n\nSecret\n\n1. On January 16 the President will deliver a major address.\n",
	  "date", NULL, NULL },
	{ "a department, a comma and the ministry named by its country: one party",
	  "Skip to content\n\nJune, 1977\n\nReport by Third African Department, Soviet Foreign Ministry\n\n"
	  "The situation in the Horn of Africa has changed.\n", "from", "Third African Department, Soviet Foreign Ministry",
	  "title line" },
	{ "two sides named in full, a spaced dash between them, before the sitting's noun",
	  "Skip to content\n\nJanuary 24, 1969\n\nMinutes of Todor Zhivkov \xe2\x80\x93 Indira Gandhi Meeting, Delhi\n\n"
	  "The two leaders talk about Vietnam.\n", "to", "Indira Gandhi", "title line" },
	{ "not a word alone on each side (two peoples, no persons named in full)",
	  "Skip to content\n\nJanuary 24, 1969\n\nNotes of East \xe2\x80\x93 West Trade Meeting\n\n"
	  "The two delegations talk about trade.\n", "to", NULL, NULL },
	{ "a body's initials before a talk in a sentence are the speaker's, no recipient",
	  "MEMORANDUM FOR THE RECORD\n\nIn the JCS statement of yesterday the chiefs set out their views on the budget.\n",
	  "to", NULL, NULL },
	{ "a letterhead whose name ends in a kind's word keeps it ('MINISTRY OF INFORMATION')",
	  "MINISTRY OF INFORMATION\n\nLondon, 5 May 1941\n\nDear Sir,\n\nThe pamphlets are enclosed.\n\nYours faithfully,\n",
	  "from", "Ministry of Information", "letterhead" },
	{ "a talk's two sides after the comma, in capitals too",
	  "Skip to content\n\nJune 18, 1978\n\nRECORD OF CONVERSATION, SOVIET AMBASSADOR A.M. PUZANOV AND TARAKI\n\n"
	  "The meeting took place in Kabul.\n", "to", "Taraki", "title line" },
	{ "a report form's service unit is its sender",
	  "May 11, 1979\nMeeting Report on Meeting with Informal Contact \"Reza\"\nService Unit: Main Department XX/AGA\n"
	  "Date: 11.5.79\nMeeting Report\nCategory/Cover Name: IC Reza\nMeeting was planned.\n", "from",
	  "Main Department XX/AGA", "label" },
	{ "a covering letter's signature under its paragraph, the enclosure after it, is its sender",
	  "Berlin, 26 May 1986\n\nDear Comrade Honecker,\n\nAs you know, the delegation returned from the DPRK "
	  "yesterday and brought the report I enclose here for you.\n\nJ. Herrmann\n\nII The meeting with Kim Il Sung"
	  "\n\nThe talks in Pyongyang lasted over an hour and were very friendly and open on every side.\n",
	  "from", "Herrmann", "signature" },
	{ "a heading under a letter's first paragraph is no signature",
	  "Berlin, 26 May 1986\n\nDear Comrade Honecker,\n\nAs you know, the delegation returned from the DPRK "
	  "yesterday and brought the report I enclose here for you.\n\nEconomic Questions\n\nThe talks in "
	  "Pyongyang lasted over an hour and were very friendly and open on every side.\n", "from", NULL, NULL },
	{ "an edition's undated paper is dated by its source note's decimal file",
	  "130. Message From Prime Minister Ben Gurion to President Eisenhower1\nDear Mr. President, Following your "
	  "message the Government of Israel has met throughout today.\nSincerely yours,\nDavid Ben Gurion3\n  1. Source: "
	  "Department of State, Central Files, 674.84A/2\xe2\x80\x93" "2257. Secret. Transmitted to the Department of State "
	  "in Niact telegram 993 from Tel Aviv.\n  2. Document 121.\n", "date", "1957-02-22", "source note's file" },
	{ "a decimal file in a note of a page that is no edition's dates nothing",
	  "Dear Mr. President, Following your message the Government of Israel has met throughout today.\nSincerely "
	  "yours,\nDavid Ben Gurion\n  1. Source: Department of State, Central Files, 674.84A/2\xe2\x80\x93" "2257. "
	  "Secret.\n  2. Document 121.\n", "date", NULL, NULL },
	{ "a body's decision opens with the body and its verb, the body begun on the line above",
	  "RESOLUTION\n1 December 1965 Ulaanbaatar\nON REQUEST FOR AID\nMPRP Central Committee\nPolitburo RESOLVES:\n"
	  "Taking into consideration the deteriorating situation in the East, consider it appropriate.\n", "from",
	  "MPRP Central Committee Politburo", "operative clause" },
	{ "a body's decision opens with the body and its verb on one line",
	  "RESOLUTION\n12 March 1953\nThe Council of Ministers of the USSR decrees:\n1. To appoint a commission.\n",
	  "from", "Council of Ministers of the USSR", "operative clause" },
	{ "a body's verb names the paper's kind: it decrees a decree",
	  "12 March 1953\nThe Council of Ministers of the USSR decrees:\n1. To appoint a commission.\n",
	  "kind", "decree", "operative clause" },
	{ "it resolves a resolution",
	  "1 December 1965 Ulaanbaatar\nMPRP Central Committee\nPolitburo RESOLVES:\n"
	  "Taking into consideration the deteriorating situation in the East, consider it appropriate.\n", "kind",
	  "resolution", "operative clause" },
	{ "a sentence that ends in a decision's verb names no body",
	  "12 March 1953\n\nDear Comrade Kim,\nThen the comrades decided:\n1. To appoint "
	  "a commission.\n", "from", NULL, NULL },
	{ "a rank and a name alone under the title open the paper's text: its author",
	  "Skip to content\nOctober 22, 1979\nInformation about a Conversation with Eskandary, Member of the Tudeh "
	  "Party's Central Committee\nThis document was made possible with support from Blavatnik Family Foundation\n"
	  "Lieutenant Parche\nIC \"Reza\"\nOctober 22nd 1979\nThe source held a conversation in August 1979.\n",
	  "from", "Parche", "author's line" },
	{ "a list of ranks and names under the title are participants, no author",
	  "Skip to content\n\nOctober 22, 1979\n\nNotes on the Warsaw Treaty Meeting\n\nAmbassador Vasile Sandru\n\n"
	  "Ambassador Ion Datcu\n\nThe meeting of the Political Consultative Committee opened at ten.\n",
	  "from", NULL, NULL },
	{ "a press release's line and office are no sender of the text it gives",
	  "The White House, President George W. Bush Click to print this document\nFor Immediate Release\nOffice of the "
	  "Press Secretary\nMarch 28, 2003\nPresidential Letter\nDear Mr. Chairman:\nEnclosed is a report prepared by "
	  "my Administration covering the inspections.\n", "from", NULL, NULL },
	{ "a release's category over the heading of the text it gives: the heading is the title",
	  "The White House, President George W. Bush Click to print this document\nFor Immediate Release\nOffice of the "
	  "Press Secretary\nMarch 28, 2003\nPresidential Letter\nText of a Letter from the President to the Speaker of "
	  "the House of Representatives\nDear Mr. Speaker:\nEnclosed is a report prepared by my Administration.\n",
	  "title", "Text of a Letter from the President to the Speaker of the House of Representatives", "title line" },
	{ "... its sender named in the heading",
	  "The White House, President George W. Bush Click to print this document\nFor Immediate Release\nOffice of the "
	  "Press Secretary\nMarch 28, 2003\nPresidential Letter\nText of a Letter from the President to the Speaker of "
	  "the House of Representatives\nDear Mr. Speaker:\nEnclosed is a report prepared by my Administration.\n",
	  "from", "the President", "title line" },
	{ "a talk named after the office that gives it, by its initials, at the text's head: its sender",
	  "Body:\nApproved For Release 2001/07/30 : CIA-RDP79T00827A002200010002-1\nNo Foreign Dissem\nDCI BRIEFING FOR\n"
	  "5 NOVEMBER NSC MEETING\nI. Mr. President, Salvador Allende has now taken office.\n", "from",
	  "Director of Central Intelligence", "talk's heading" },
	{ "an office's initials in a sentence of the text name no sender",
	  "Body:\nApproved For Release 2001/07/30 : CIA-RDP79T00827A002200010002-1\nNo Foreign Dissem\nThe DCI noted the "
	  "briefing on Chile and asked for more.\nI. Mr. President, Salvador Allende has now taken office.\n", "from",
	  NULL, NULL },
	{ "a cable's heading gives its kind, its number of letters and figures, and its dateline with the hour",
	  "Skip to main content\n\nHistorical documents\n\n89 Evatt to Chifley\n\nCablegram E21 LONDON, 26 October "
	  "1948, 1-50 p.m.\n\nMy immediately following telegram contains text of final statement.\n", "number", "E21",
	  "telegram header" },
	{ "... and its date",
	  "Skip to main content\n\nHistorical documents\n\n89 Evatt to Chifley\n\nCablegram E21 LONDON, 26 October "
	  "1948, 1-50 p.m.\n\nMy immediately following telegram contains text of final statement.\n", "date",
	  "1948-10-26", "heading" },
	{ "a despatch's heading: its file number with slashes, the editor's word for the text, its dateline",
	  "Skip to main content\n\nHistorical documents\n\n5 D'Alton to Evatt\n\nDispatch 44/1/1 (extracts) WELLINGTON, 5 "
	  "January 1944\n\nSince my arrival in Wellington I have endeavoured to gain some idea of the lines.\n", "number",
	  "44/1/1", "telegram header" },
	{ "a report on talks between two names them, not its own sender: the covering letter's signature does",
	  "June 18, 1975\nInformation on the Talks between Kim Il Sung and Todor Zhivkov\nThis document was made possible "
	  "with support from Leon Levy Foundation\nGDR Embassy to the People's Republic of Bulgaria\nSofia, 18 June 1975\n"
	  "Dear Comrade Axen!\nEnclosed I forward the original and two copies of a translation of the information.\nWith "
	  "socialist greetings\nWenning\n", "from", "Wenning", "signature" },
	{ "a memorandum on the conversation between two is the first one's record, though signed",
	  "June 18, 1975\nMemorandum on the Conversation between Erich Honecker and Todor Zhivkov\nThis document was made "
	  "possible with support from Leon Levy Foundation\nSofia, 18 June 1975\nDear Comrade Axen!\nEnclosed I forward the "
	  "original and two copies of a translation of the information.\nWith socialist greetings\nWenning\n", "from",
	  "Erich Honecker", "title line" },
	{ "an agency's letterhead and its office run into a scanned line before the date: the office sends",
	  "Body:\nApproved For Release 2006/03/17 : CIA-RDP79T00472A001500040066-0 CENTRAL INTELLIGENCE AGENCY Office of "
	  "Current Intelligence 21 November 1965 INTELLIGENCE MEMORANDUM The Indonesian Situation 1. President Sukarno met "
	  "in closed conference with ranking Indonesian army officers, cabinet members and ministers.\n", "from",
	  "Office of Current Intelligence", "letterhead" },
	{ "an agency's office named in a scanned sentence, no date after it, is no letterhead",
	  "Body:\nApproved For Release 2006/03/17 : CIA-RDP79T00472A001500040066-0 The report went to the CENTRAL "
	  "INTELLIGENCE AGENCY Office of Current Intelligence for comment, and the officers there read it in closed "
	  "conference with ranking Indonesian army officers.\n", "from", NULL, NULL },
	{ "a cabinet submission names its author after 'by'",
	  "Skip to main content\n\nHistorical documents\n\n4 War Cabinet Submission by Evatt\n\nAgendum 23/1945 CANBERRA, "
	  "8 January 1945\n\nIn telegrams 131A and 133A the Representative reported on the control commissions.\n", "from",
	  "Evatt", "title line" },
	{ "a cabinet's agendum is a memorandum, numbered in its heading",
	  "Skip to main content\n\nHistorical documents\n\n4 War Cabinet Submission by Evatt\n\nAgendum 23/1945 CANBERRA, "
	  "8 January 1945\n\nIn telegrams 131A and 133A the Representative reported on the control commissions.\n",
	  "number", "23/1945", "telegram header" },
	{ "a telegram's opening formula names its sender",
	  "TELETYPE MESSAGE\nApril 4th, 1951.\nTOP SECRET.\nFollowing for Heeney from H. H. Wrong. I saw the "
	  "Secretary this morning.\n", "from", "Wrong", "telegram's opening" },
	{ "a telegram's opening formula names its recipient",
	  "TELETYPE MESSAGE\nApril 4th, 1951.\nTOP SECRET.\nFollowing for Heeney from H. H. Wrong. I saw the "
	  "Secretary this morning.\n", "to", "Heeney", "telegram's opening" },
	{ "a telegram's opening formula may name its sender first, after its qualifiers",
	  "SECRET\n12 May 1982\nFollowing personal and secret from Pym for Haig begins:\nI have your message.\n",
	  "from", "Pym", "telegram's opening" },
	{ "a sentence opening with 'Following from' is no telegram's formula",
	  "12 May 1982\n\nDear Sir,\nFollowing from this, for the President the answer must wait.\n", "kind", "letter",
	  "salutation or closing" },
	{ "a word that qualifies the paper before its kind is no sender",
	  "Personal Letter to Kennedy\n\nThe text goes here and on.\n", "from", NULL, NULL },
	{ "an online library's buttons over a book's page are no title",
	  "The Prague Spring 1968: A National Security Archive Documents Reader\n\nBy Jaromir Navratil | Go to book overview\n\n"
	  "Save to active project\n\nDOCUMENT No. 93: Cable from Ambassador Stepan Chervonenko to\nthe Kremlin on His Meeting "
	  "with Alexander Dubcek and Oldrich Cernik,\n> August 19,1968\n\nSource: AVPRF, F. 059, Op. 58, P. 124.\n\n"
	  "Soviet Ambassador to Czechoslovakia Stepan Chervonenko transmitted this cable to Moscow on August\n19, shortly "
	  "after meeting Alexander Dubcek for the last time before the invasion.\n", "from", "Stepan Chervonenko",
	  "title line" },
	{ "a letterhead names its post after 'in'; an address run on to a second line is none",
	  "April 12, 1979\nMongolian Memorandum of Conversation with O.B. Rakhmanin\nSECRET\nMPR Embassy in the Soviet Union\n"
	  "April 12, 1979 Moscow\nTO THE ACTING HEAD OF THE MPRP FOREIGN AFFAIRS\nDEPARTMENT COMRADE SH. DAGVA\n"
	  "Memorandum of conversation\nIn accordance with an appointment, I met with O.B. Rakhmanin at his office.\n", "from",
	  "MPR Embassy in the Soviet Union", "letterhead" },
	{ "an address run on to a second line is no letterhead",
	  "April 12, 1979\nMongolian Memorandum of Conversation with O.B. Rakhmanin\nSECRET\n"
	  "April 12, 1979 Moscow\nTO THE ACTING HEAD OF THE MPRP FOREIGN AFFAIRS\nDEPARTMENT COMRADE SH. DAGVA\n"
	  "Memorandum of conversation\nIn accordance with an appointment, I met with O.B. Rakhmanin at his office.\n", "from",
	  NULL, NULL },
	{ "a table's row in the text is no catalogue row: no date from it",
	  "Letter from Dean Rusk to Gromyko\n\nDear Mr. Minister,\n\n| First round in Geneva | 13 Feb 1968 |\n\n"
	  "Text of the letter.\n\nDean Rusk\n", "date", NULL, NULL },
	{ "a list's items between hyphens are no signature and number",
	  "Telegram from Dean Rusk to Gromyko\n\nMarch 3, 1961\n\nWe recall:\n- Berlin - 1961\n- Cuba - 1962\n\nRusk\n", "number",
	  NULL, NULL },
	{ "a memorandum's office addressee is not its sender's office",
	  "MEMORANDUM FOR: Director of Central Intelligence\n\nSUBJECT: Budget\n\n1. The budget is ready.\n\n"
	  "Deputy Director of Central Intelligence\n", "to", "Director of Central Intelligence", "memorandum header" },
	{ "prose wrapped before 'to the Foreign Ministry' is no address",
	  "March 3, 1961\n\nWe have the honour, in reply to your note, to say that we shall send it\nto the Foreign Ministry\n"
	  "in good time and with all due care so that it reaches them safely and soon.\n", "to", NULL, NULL },
	{ "a despatch's own heading closed by a comma over its dateline is no address",
	  "American Embassy,\nParis, January 5, 1950.\n\nSir:\n\nI have the honor to report on the situation in France.\n",
	  "to", NULL, NULL },
	{ "an ambassador to the UN named before his name is his office",
	  "Telegram from Soviet Ambassador to the UN Jakob Malik to the Soviet Foreign Ministry\n\nText.\n", "from",
	  "Jakob Malik (Soviet Ambassador to the UN)", "heading" },
	{ "a body's 'to' names whom it writes to, a country though it is",
	  "Letter from the CPSU Central Committee to Albania\n\nText.\n", "to", "Albania", "heading" },
	{ "a form of address before a surname that is an office's word is no office",
	  "Letter to Mr. Head\n\nDear Mr. Head,\n\nText of the letter is here.\n", "to", "Head", "heading" },
	{ "an air force's abbreviation is no registry's mark",
	  "Report of the Air Staff\n\nMarch 3, 1961\n\nVVS 16th Air Army reports readiness.\n\nThe text.\n", "number", NULL,
	  NULL },
	{ "a report on a conversation between two: its cover letter's address outweighs the talk's sides",
	  "Skip to content\nMay 26, 1986\nReport on Conversation between Prof. Manfred Gerlach and Kim Il Sung\n"
	  "To the members and candidates of the Politburo, EH [Erich Honecker], 26 May 86\nBerlin, 26 May 1986\n"
	  "To Comrade Erich Honecker\nDear Comrade Honecker,\nAs you know, Manfred Gerlach was received by Kim Il Sung during "
	  "the former trip to the DPRK. During this meeting, Kim Il Sung made some statements.\nJ. Herrmann\n", "to",
	  "Erich Honecker", "salutation" },
	{ "an author's name alone over his letter's title is its sender",
	  PAGE_STALIN_1945, "from", "Stalin", "byline" },
	{ "a title that is its addressee alone",
	  PAGE_STALIN_1945, "to", "the Prime Minister of Mongolia", "title line" },
	{ "a name over a line that is no title's is no byline",
	  "J. V. Stalin\nOn the Problems of Leninism\n\nThe text of the work.\n", "from", NULL, NULL },
	{ "a news site's notice over a cable's copy is furniture",
	  "Scoop has an Ethical Paywall\nLicense needed for work use Register\n\nSearch\n\nCablegate: Brazil: Planning to Send "
	  "Assurances\n\nR 161735Z SEP 09\nFM AMEMBASSY BRASILIA\nTO RUEHC/SECSTATE WASHDC 5097\n\nUNCLAS BRASILIA 001156\n\n"
	  "1. Brazil plans to send assurances.\n", "title", "Cablegate: Brazil: Planning to Send Assurances", "title line" },
	{ "a journal's title gives the day its entry is for, agreeing with the archive's date line over a stamp's",
	  "October 6, 1960\n\nJournal of Soviet Ambassador in the DPRK A.M. Puzanov for 6 October 1960\n\n"
	  "This document was made possible with support from ROK Ministry of Unification\n\nTOP SECRET\n\n"
	  "USSR MFA stamp: Copy N\xc2\xba 1\nFROM THE JOURNAL\nOF A. M. PUZANOV\n02214-gs\n20-24 October 1960\n17 October 1960\n"
	  "N\xc2\xba 169\n[handwritten in the left margin: \"DVO\"]\nJOURNAL\nof Soviet Ambassador in the DPRK Cde. A. M. PUZANOV\n"
	  "Pyongyang\n[\xe2\x80\xa6]\n6 October 1960\n\nA reception was held in the evening.\n", "date", "1960-10-06",
	  "date line" },
	{ "a number beside the paper's classification in a stamp's columns",
	  "July 23, 1960\nJournal of Soviet Ambassador in the DPRK A.M. Puzanov for 23 July 1960\n"
	  "This document was made possible with support from ROK Ministry of Unification\n"
	  "USSR EMBASSY [USSR MFA Far [USSR MFA General\nIN THE DPRK East Department stamp: Secretariat stamp:\n"
	  "N\xc2\xba 135 SECRET Incoming N\xc2\xba 01712s SECRET Incoming N\xc2\xba\n9 August 1960 12-18 August 1960] 09153gs\n"
	  "TOP SECRET\nCopy N\xc2\xba 1\nJOURNAL\n23 July 1960\nI visited Pak Seong-cheol at his invitation.\n", "number", "135",
	  "number line" },
	{ "a number beside no classification is not qualified so",
	  "March 3, 1961\n\nLetter from Kim Il Sung to Stalin\n\nDear comrade,\n\nN\xc2\xba 3 Moscow street was burnt.\n",
	  "number", NULL, NULL },
	{ "a collection's citation that opens with the author names the sender",
	  "Letter to Congressional Leaders Reporting on Arms Control Agreements\n\nDear Mr. Speaker:\n\nIn accordance with "
	  "section 38 of the Act, I am reporting.\n\nGeorge Bush\n\nNote: Identical letters were sent.\n\nGeorge Bush, Letter to "
	  "Congressional Leaders Reporting on Arms Control Agreements Online by Gerhard Peters and John T. Woolley, The American "
	  "Presidency Project https://www.presidency.ucsb.edu/node/265028\n", "from", "George Bush", "citation" },
	{ "a cable's page line names the station that sent it, a capital cut at six letters",
	  "1. QUOTE WE WANT TO INFORM THE U.S. EMBASSY OF THE FOLLOWING:\nA. LIEUTENANT LAJOS MIKO DISAPPEARED FROM HIS QUARTERS.\n"
	  "\nCONFIDENTIAL\n\nPAGE 02 BUDAPE 01241 201448Z\n\nB. WE CONSIDER THE CASE AS EXTREMELY SERIOUS.\n", "from",
	  "Embassy in Budapest", "cable page line" },
	{ "a cable's page line of the Department names it",
	  "Show Headers\n1. ON OCTOBER 2 AEC CHAIRMAN RAY SENT FOLLOWING LETTER TO\nHERVASIO DE CARVALHO OF CNEN.\n\n"
	  "PAGE 02 STATE 268793\n\n3. I SHARE THE VIEW.\n", "from", "Department of State", "cable page line" },
	{ "a cable's first paragraph in capitals run on to the next line is no heading",
	  "Show Headers\n\n1. WE WILL NOT RESPOND TO REFTEL UNTIL POUCHED MATERIAL ARRIVES\nAND WE HAVE A CHANCE TO STUDY IT AND "
	  "COMPARE WITH OTHER MATERIAL\nAVAILABLE THROUGH INTELLIGENCE CHANNELS.\n", "to", NULL, NULL },
	{ "a letterhead names its mission's post after 'to'",
	  "January 28, 1975\nNote On a Conversation with USSR Embassy Counselor Comrade Pimenov on 24 January 1975\n"
	  "This document was made possible with support from Leon Levy Foundation\nGDR Embassy to DPRK\n- Political Department -\n"
	  "Pyongyang, 28 January 1975\nN o t e\nOn 24 January 1975 the undersigned had a conversation with Comrade Pimenov.\n",
	  "from", "GDR Embassy to DPRK", "letterhead" },
	{ "a formal address alone on its line opens a letter",
	  "To George Washington from Alexander Hamilton, 26 March 1796\nFrom Alexander Hamilton\nMarch 26 1796\nSir\n"
	  "I perceived by the News Paper that the resolution has been carried.\n", "kind", "letter", "salutation or closing" },
	{ "a word of the text alone on its line is no formal address",
	  "To George Washington from Alexander Hamilton, 26 March 1796\nFrom Alexander Hamilton\nMarch 26 1796\nSirs and ladies "
	  "of the city, hear me.\nI perceived by the News Paper that the resolution has been carried.\n", "kind", NULL, NULL },
	{ "a heading run into its text: a date after 'on' is the title's, the next the paper's",
	  PAGE_PUWP_1981, "date", "1981-08-22", "date line" },
	{ "a heading run into its text: the title runs through the day it names",
	  PAGE_PUWP_1981, "title", "Information on Brezhnev Meeting with Kania and Jaruzelski on August 14, 1981", "title line" },
	{ "joining words alone are no party",
	  "Letter the to we of, upon the coal\n\nMarch 3, 1951\n\nDear comrade,\n\nThe text of the letter is here.\n", "from", NULL, NULL },
	{ "a session is no party", "Document No. 9: Notes of CC SED Politburo Session, May 3, 1971\n\nText.\n", "from", NULL,
	  NULL },
	{ "a body's inside address over the salutation",
	  "Moscow, 3 May 1965\n\nThe Central Committee of the Workers' Party of Korea\n\nDear Comrades,\n\nWe write to you.\n",
	  "to", "The Central Committee of the Workers' Party of Korea", "inside address" },
	{ "a body's inside address under an edition's notes, its spacing one space",
	  "A Party's Letters\n\n(May 3, 1965)\n\nFrom the collection\nLetters of the Year\n\npp. 10-20.\n\nScanned by a reader\n"
	  "[Note: quoted passages are smaller.\n]\nPrinted in Moscow\nSecond printing\nFor the study circles\n\nMay 3, 1965\n\n"
	  "The Central Committee of the   Workers' Party of Korea\n\n"
	  "Dear Comrades,\n\nWe write to you.\n",
	  "to", "The Central Committee of the Workers' Party of Korea", "inside address" },
	{ "an inside address over 'Dear ...' says the paper is a letter",
	  "A Party's Letters\n\n(May 3, 1965)\n\nFrom the collection\nLetters of the Year\n\npp. 10-20.\n\nScanned by a reader\n"
	  "[Note: quoted passages are smaller.\n]\nPrinted in Moscow\nSecond printing\nFor the study circles\nWith an index\nAnd a map\n\nMay 3, 1965\n\n"
	  "The Central Committee of the   Workers' Party of Korea\n\n"
	  "Dear Comrades,\n\nWe write to you.\n",
	  "kind", "letter", "salutation or closing" },
	{ "a letter's addressee typed at the foot of its page, an office and its seat",
	  "London, March 11, 1938.\nDear Mr. President:\nI am writing this at noon, after three courtesy calls. In the words "
	  "of the French Ambassador\nthis\nThe President,\nThe White House.\n", "to", "The President", "foot address" },
	{ "an address form far down the page with no salutation is no address",
	  "A Party's Letters\n\n(May 3, 1965)\n\nFrom the collection\nLetters of the Year\n\npp. 10-20.\n\nScanned by a reader\n"
	  "[Note: quoted passages are smaller.\n]\nPrinted in Moscow\nSecond printing\nFor the study circles\n\nMay 3, 1965\n\n"
	  "The Honorable John Smith\n\nWe write of him.\n",
	  "to", NULL, NULL },
	{ "a subheading after the first paragraph is no address",
	  "Memorandum on the Inspection Offer\n\n(August 23, 1963)\n\nThe reply we received is not entirely what we wanted, "
	  "but it probably represents the most we can hope to get at this time in terms of a bilateral inspection of the "
	  "site, as we have concluded with the community.\n\nInitial Scheduled Visit:\n\nWe wanted a visit this summer.\n",
	  "to", NULL, NULL },
	{ "a source ending in a comma runs on to the next line",
	  "Letter from Walter Ulbricht to Nikita Khrushchev\n\nSource: SAPMO-BArch, DY 30, Telegrams Sent,\nNo. 118/1961.\n\nText.\n",
	  "source", "SAPMO-BArch, DY 30, Telegrams Sent, No. 118/1961.", "label" },
	{ "a file of one kind of papers numbers the paper",
	  "Letter from Walter Ulbricht to Nikita Khrushchev\n\nSource: SAPMO-BArch, DY 30, Telegrams Sent,\nNo. 118/1961.\n\nText.\n",
	  "number", "118/1961", "source" },
	{ "a title in capitals parts its parties at its small words",
	  "MEMORANDUM FOR THE SECRETARY OF DEFENSE FROM ALLEN W. DULLES\nDocument Type:\nPublication Date:\nMarch 3, 1956\nBody:\n"
	  "Text.\n",
	  "to", "the Secretary of Defense", "title line" },
	{ "a name in capitals keeps its Mc",
	  "MEMORANDUM FOR THE SECRETARY OF DEFENSE FROM JOHN A. MCCONE\nDocument Type:\nPublication Date:\nMarch 3, 1963\nBody:\n"
	  "Text.\n",
	  "from", "John A. McCone", "title line" },
	{ "a letter to X from Y",
	  "LETTER TO HONORABLE ALLEN W. DULLES FROM RICHARD B. RUSSELL\nDocument Type:\nPublication Date:\nMay 2, 1956\nBody:\n"
	  "Text.\n",
	  "from", "Richard B. Russell", "title line" },
	{ "a form of address is no part of the name",
	  "LETTER TO HONORABLE ALLEN W. DULLES FROM RICHARD B. RUSSELL\nDocument Type:\nPublication Date:\nMay 2, 1956\nBody:\n"
	  "Text.\n",
	  "to", "Allen W. Dulles", "title line" },
	{ "an office's name runs on past 'for'",
	  "Dominions Secretary to Secretary of State for External Affairs, London, March 2, 1942\n\nTELEGRAM 118\n\nText.\n", "to",
	  "Secretary of State for External Affairs", "heading" },
	{ "a paper named after its author is no party",
	  "Skip to content\n\nJune 2, 1961\n\nFrom the Diary of S. M. Kudryavtsev, Record of Conversations with Cuban Leaders about "
	  "the Harvest\n\nText.\n",
	  "from", "Kudryavtsev", "title line" },
	{ "a journal's keeper wrote the record in it",
	  "Skip to content\n\nJune 2, 1978\n\nJournal of Soviet Ambassador Ratanov, Memorandum of Conversation with Mengistu Haile "
	  "Mariam\n\nText.\n",
	  "from", "Ratanov", "title line" },
	{ "an author over commas, the paper's date, then the paper",
	  "Skip to content\n\nMarch 3, 1977\n\nPUWP CC, Foreign Department, 3 March 1977, Report on Conversation with Todor Zhivkov\n\n"
	  "Text.\n",
	  "from", "PUWP CC, Foreign Department", "title line" },
	{ "the paper after its author and date",
	  "Skip to content\n\nMarch 3, 1977\n\nPUWP CC, Foreign Department, 3 March 1977, Report on Conversation with Todor Zhivkov\n\n"
	  "Text.\n",
	  "kind", "report", "title line" },
	{ "a pair of labelled lines names both sides",
	  "Skip to content\n\nMay 2, 1963\n\nTelegram from the Polish Embassy in Hanoi, 2 May 1963\n\nDispatched from Hanoi on "
	  "05.02.1963\n\nTo: Naszkowski\n\nFrom: Ambassador SIEDLECKI\n\nToday I met the Premier.\n",
	  "to", "Naszkowski", "labelled line" },
	{ "a 'From:' alone among a form's labelled lines is the form's sender, over the archive's title",
	  "Skip to content\n\nMarch 1, 1979\n\nCable from the Foreign Ministry, 'Deng Discusses Vietnam'\n\nFujian Province "
	  "Telegram Received\n\nFrom:\u00a0 Ministry of Foreign Affairs\u00a0\n\nPrecedence:\u00a0 Especially Urgent\n\n"
	  "Deng Xiaoping received the Egyptian Vice Premier.\n",
	  "from", "Ministry of Foreign Affairs", "labelled line" },
	{ "... but a 'From:' alone with no label beside it is no form's",
	  "Notes of a reader\n\nFrom: the diaries of a diplomat, volume two\n\nThe winter was hard that year, and the "
	  "embassy was cold.\n",
	  "from", NULL, NULL },
	{ "an editor's completion of a name is part of it",
	  "Telegram from the Chinese Embassy in Hanoi\nUrgent\nNo. (63) 12\nTo the Ministry of Foreign Affairs and Comrade [Chen] Yi:\n"
	  "The situation is as follows.\n",
	  "to", "the Ministry of Foreign Affairs; Chen Yi", "address" },
	{ "a telegram's number without its sign",
	  "Ambassador in Moscow to Secretary of State for External Affairs, Moscow, May 2, 1944\n\nTELEGRAM 118\n\nMoscow, May 2, 1944"
	  "\n\nText.\n",
	  "number", "118", "telegram header" },
	{ "a cable's first line prints its number",
	  "SECRET\nPAGE 01 WARSAW 00412 121020Z\nO 121005Z MAR 76\nFM AMEMBASSY WARSAW\nTO SECSTATE WASHDC IMMEDIATE 5120\n"
	  "S E C R E T SECTION 01 OF 02 WARSAW 0412\nSUBJ: GIEREK VISIT\n1. TEXT.\n",
	  "number", "0412", "cable's first line" },
	{ "a ministry's series of the year",
	  "Cable from the Chinese Embassy in Hanoi\n\nFrom Hanoi\n\nForeign Ministry (64) No. Yue-412\n\nTo the Foreign Ministry:\n\n"
	  "Text.\n",
	  "number", "Yue-412", "number line" },
	{ "a number with its page count",
	  "Record of the Meeting\n\nTop Secret\n\nN\xc2\xba 27-op (2 pages)\n\nThe meeting began.\n", "number", "27-op",
	  "number line" },
	{ "a number with its date", "Memorandum of Conversation\n\nNr. 00211 3 IV 1971/818\n\nTop Secret\n\nText.\n", "number",
	  "00211", "number line" },
	{ "a letterhead names the body that issued the paper",
	  "The Berlin Situation\n\n1. The Soviets seem to be preparing new moves.\n\nCENTRAL INTELLIGENCE AGENCY\nOffice of Current "
	  "Intelligence\n12 June 1961\nINTELLIGENCE MEMORANDUM\nMore text follows here.\n2. The Soviets have also moved troops "
	  "nearer the sector border, and the East German police have been reinforced at the crossing points.\n3. It is not yet "
	  "clear what this means.\n",
	  "from", "Office of Current Intelligence", NULL },
	{ "a letterhead on two lines",
	  "DIRECTORATE OF\nINTELLIGENCE\nIntelligence Report\nTHE SINO-SOVIET BORDER\n21 June 1969\nFor several months during 1969 "
	  "the border between China and the Soviet Union was the scene of fighting.\nBoth sides reinforced their troops along the "
	  "rivers, and neither seemed ready to talk.\n", "from",
	  "Directorate of Intelligence", "letterhead" },
	{ "a distribution list is no letterhead",
	  "EXECUTIVE MEMORANDUM\nOFFICE OF THE DIRECTOR\nDEPUTY DIRECTOR (PLANS)\nDEPUTY DIRECTOR (SUPPORT)\nCOMPTROLLER\n"
	  "Distribution: TO ALL ADDRESSEES\nText.\n",
	  "from", NULL, NULL },
	{ "a form's heading names the receiver",
	  "DEPARTMENT OF STATE\nINCOMING TELEGRAM\nFROM: Moscow\nTO: Secretary of State\nNO: 1040, May 3, 11 p.m.\nText.\n", "from",
	  "Moscow", "labelled line" },
	{ "a sitting body's minutes are its own",
	  "Top Secret\nOnly copy\nWorking Transcript\n\nMEETING OF CC SED POLITBURO\n3 May 1971 (excerpt)\n\nChaired by Comrade "
	  "ULBRICHT.\n\nULBRICHT. We begin with the first item.\n",
	  "from", "CC SED Politburo", "meeting heading" },
	{ "a date line in brackets under the title",
	  "Letter of the CC of the Workers' Party of Korea to the CC of the CPSU\n\n(March 2, 1963)\n\nDear Comrades,\n\nText.\n",
	  "date", "1963-03-02", "dateline" },
	{ "a heading's date after its parties",
	  "From John Adams to Thomas Jefferson, 6 May 1786\n\nTo Thomas Jefferson\n\nDear Sir\n\nI have received yours.\n", "date",
	  "1786-05-06", "title line" },
	{ "a cablegram's number and dateline on its line",
	  "Historical documents\n\n112 Commonwealth Government to Mr. Bruce\n\nCablegram 455 CANBERRA, 3 May 1942\n\nText.\n", "number",
	  "455", NULL },
	{ "a heading cut after a title runs on",
	  "Mr. Denby to Mr.\nBayard.\nNo. 512.]\nLegation of the\nUnited States,\nPeking, May 4, 1887.\nSir: I have the honor.\n", "to",
	  "Bayard", "heading" },
	{ "a decimal file with a paper's serial over the heading",
	  "711.00111 Armament Control/412\n\nThe Ambassador in France (Bullitt) to the Secretary of State\n\nNo. 1322\n\nSir: I have "
	  "the honor to report.\n",
	  "title", "The Ambassador in France (Bullitt) to the Secretary of State", "heading" },
	{ "a site's part with its collection is furniture",
	  "Archive (Carter Library)\n\nCold War: Callaghan letter to Carter (the summit) [declassified 2005]\n\nDocument type: Declassified "
	  "documents\n\nDear Jimmy,\n\nText.\n",
	  "title", "Cold War: Callaghan letter to Carter (the summit) [declassified 2005]", "title line" },
	{ "a collection's section over the heading",
	  "Skip to main content\n\nHistorical documents\n\n45 Commonwealth Government to Mr. Bruce\n\nCablegram 455 CANBERRA, 3 May "
	  "1942\n\nText.\n",
	  "title", "Commonwealth Government to Mr. Bruce", NULL },
	{ "a letter run into one line is signed after its closing",
	  "Publication Date:\nMay 2, 1957\nApproved for Release: 2018/07/24 Professor W. Langer Harvard University Cambridge, "
	  "Massachusetts Dear Bill: Once again I want to thank you for your summer with the Board. Your contribution to this most "
	  "important phase of our work is and always has been an outstanding one, and the Board owes to you a large part of the "
	  "credit for the standards of its estimates. I look forward to a long succession of similar summers and to our meetings. "
	  "Sincerely, Sherman Kent Assistant Director Orig and 1 - addressee\n",
	  "from", "Sherman Kent", "signature" },
	{ "... its closing read with a stop for the comma, no salutation read, a conformed signature's mark before the name",
	  "Publication Date:\nSeptember 5, 1963\nApproved For Release 2003/08/05 : CIA-RDP80B01676R000700030006-8 4 September "
	  "1963 The Honorable McGeorge Bundy Special Assistant to the President The White House The attached letter has been "
	  "reviewed with Secretaries Rusk, McNamara and Gilpatric, who are in agreement. I am planning to issue this statement, "
	  "but I should like to have your views on it first, since the statement touches on the responsibilities of your office "
	  "as well. Sincerely. Is/ John A. McCone Delivered by hand - September 5, 1963 Distribution: Orig - addressee\n",
	  "from", "John A. McCone", "signature" },
	{ "... not a closing's word in a sentence",
	  "Publication Date:\nSeptember 5, 1963\nApproved For Release 2003/08/05 : CIA-RDP80B01676R000700030006-8 4 September "
	  "1963 The attached paper has been reviewed with Secretaries Rusk, McNamara and Gilpatric, who are in agreement with "
	  "its terms. Respectfully, I Disagree With The paper on two points, as the Board said in its meeting of last week, and "
	  "I should like to have your views on it first, since the statement touches on the responsibilities of your office "
	  "as well as ours, and on the work of the Board in the months to come, which we must plan now.\n",
	  "from", NULL, NULL },
	{ "'Dear Sir' makes a letter to no one named",
	  "From John Adams to Thomas Jefferson, 6 May 1786\n\nTo Thomas Jefferson\n\nDear Sir\n\nI have received yours.\n", "kind",
	  "letter", "salutation or closing" },
	{ "a letter run into one line opens with its date",
	  "March 4, 1937. My dear Bullitt:- Thank you for your letter of February tenth, which I read with great interest and which "
	  "I have shown to the Secretary of State, who agrees with much of what you say about the situation.\n",
	  "date", "1937-03-04", "dateline" },
	{ "OCR's specks between the date and the salutation",
	  "July 14, 1963 _ Dear Comrades, = The Central Committee of the CPSU deems it necessary to address an open letter to you "
	  "in order to set out its position on the fundamental questions of the international movement.\n",
	  "date", "1963-07-14", "dateline" },
	{ "a letter run into one line is a letter by its salutation",
	  "July 14, 1963 _ Dear Comrades, = The Central Committee of the CPSU deems it necessary to address an open letter to you "
	  "in order to set out its position on the fundamental questions of the international movement.\n",
	  "kind", "letter", "salutation or closing" },
	{ "under an edition's heading, a text opening with its number is a telegram",
	  "File No. 763.72/5177\n\nThe Ambassador in Russia (Francis) to the Secretary of State\n\n\n1356. Answering your 1460, "
	  "June 2, 11 a.m., received to-day. The Minister agreed.\n\nFrancis\n",
	  "kind", "telegram", "telegram number" },
	{ "... not when its paragraphs are numbered",
	  "File No. 763.72/5177\n\nThe Ambassador in Russia (Francis) to the Secretary of State\n\n\n12. The Minister agreed.\n\n"
	  "13. He left.\n\nFrancis\n",
	  "kind", NULL, NULL },
	{ "an office's telegram is sent by the one who signs it, above the edition's notes",
	  "The Secretary of State to the Embassy in the Soviet Union\n\ntop secret\n\n544. Instr going forward next day or two "
	  "in reply your 1813 July 21.\n\nAcheson\n  1. Telegram 1053 reported the interview.\n  2. Not printed.\n",
	  "from", "Acheson (The Secretary of State)", NULL },
	{ "... above notes exported as a list, each with its link back",
	  "The Secretary of State to the Embassy in the Soviet Union\nrestricted\n293. Send Shvernik fol through channels.\n"
	  "Acheson\n- Shvernik was the Chairman of the Presidium.\xe2\x86\xa9\n- Kirk had remarked on it.\xe2\x86\xa9\n",
	  "from", "Acheson (The Secretary of State)", NULL },
	{ "an office a heading addresses is held by the one the text names right after it between commas",
	  "The Ambassador in China (Hurley) to the President and the Secretary of State\ntop secret\n(The following message is "
	  "for the eyes alone of the Secretary of State, James F. Byrnes, Potsdam, Germany, for the President from Ambassador "
	  "Hurley.)\nYour message delivered to Prime Minister Soong.\n",
	  "to", "the President; James F. Byrnes (the Secretary of State)", "heading" },
	{ "an embassy's telegram is sent by its chief, who signs it",
	  "146. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n1005. Personal for the Secretary. "
	  "Embtel 993.2 I had occasion to act on instructions.\n\nBohlen\n  1. Source: Department of State, Central Files.\n"
	  "  2. In telegram 993 from Moscow October 30, Bohlen reported.\n",
	  "from", "Bohlen (the Embassy in the Soviet Union)", NULL },
	{ "the older web edition's heading marks its note between slashes ('State/1/')",
	  "12. Telegram From the Embassy in Italy to the Department of State/1/\n\nRome, May 3, 1965, 4 p.m.\n\n"
	  "/1/Source: Central Files. Secret.\n\n2101. We have no news.\n",
	  "title", "Telegram From the Embassy in Italy to the Department of State", NULL },
	{ "a slash-marked heading still gives its recipient",
	  "12. Telegram From the Embassy in Italy to the Department of State/1/\n\nRome, May 3, 1965, 4 p.m.\n\n"
	  "/1/Source: Central Files. Secret.\n\n2101. We have no news.\n",
	  "to", "the Department of State", NULL },
	{ "'Personal for Lovett from Marshall' names the holders of the heading's offices",
	  "740.00119 Council/12-1147: Telegram\n\nThe Secretary of State to the Acting Secretary of State\n\nsecret\nurgent\n\n"
	  "Martel 62. Personal for Lovett from Marshall. Regarding Douglas.\n\nYesterday he and I considered it.\n",
	  "to", "Lovett (the Acting Secretary of State)", NULL },
	{ "... and its sender",
	  "740.00119 Council/12-1147: Telegram\n\nThe Secretary of State to the Acting Secretary of State\n\nsecret\nurgent\n\n"
	  "Martel 62. Personal for Lovett from Marshall. Regarding Douglas.\n\nYesterday he and I considered it.\n",
	  "from", "Marshall (The Secretary of State)", NULL },
	{ "an 'and' inside a body's name joins no parties",
	  "Skip to content\n\nMarch 5, 1965\n\nCable from the Division of Soviet and East European Affairs to the Chinese Embassy "
	  "in the Soviet Union\n\nText.\n",
	  "from", "the Division of Soviet and East European Affairs", NULL },
	{ "... two parties it does",
	  "Skip to content\n\nMarch 5, 1965\n\nCable from the Ministry of Foreign Affairs and the Ministry of Defence to the Chinese "
	  "Embassy in the Soviet Union\n\nText.\n",
	  "from", "the Ministry of Foreign Affairs; the Ministry of Defence", NULL },
	{ "a cable's addressees end where its text's first line begins",
	  "SECRET\nPAGE 01 STATE 189296\nO 220116Z SEP 73 ZFF4\nFM SECSTATE WASHDC\nTO AMEMBASSY VIENNA NIACT IMMEDIATE\n"
	  "AMEMBASSY NAIROBI IMMEDIATE\nS E C R E T STATE 189296\nEXDIS\nE.O. 11652 GDS\nTAGS: OVIP\nSUBJECT: SPECIAL SUMMARY "
	  "NUMBER 2\nRUMORS ARE RIFE THAT A PLOT WAS CRUSHED.\n",
	  "to", "AMEMBASSY VIENNA; AMEMBASSY NAIROBI", NULL },
	{ "a telegram of a series opens with the series' word and its number",
	  "740.00119 Council/12-1147: Telegram\n\nThe Secretary of State to the Acting Secretary of State\n\nsecret\nurgent\n\n"
	  "Martel 62. Personal for Lovett from Marshall. Regarding Douglas.\n\nYesterday he and I considered it.\n",
	  "number", "Martel 62", "telegram number" },
	{ "... an article's number is none",
	  "The Secretary of State to the Ambassador in France\n\nsecret\n\nArticle 5. The parties agree to consult.\n\n"
	  "Acheson\n",
	  "number", NULL, NULL },
	{ "a signature the editor marks as one signs the text",
	  "Skip to content\n\nDecember 26, 1979\n\nSummary of a CC CPSU Meeting\n\nThe progress was reported by Cdes. Ustinov "
	  "and Gromyko.\n\n[signature] K. Chernenko\n\nN\xc2\xba 13-op (1 page)\n",
	  "from", "Chernenko", "signature" },
	{ "a sitting's transcript is the body that sat",
	  "Search in\n\nMarch 22, 1979\n\n    \"Transcript of CPSU CC Politburo Session on Afghanistan,\" March 22, 1979, History "
	  "and Public Policy Program Digital Archive, TsKhSD, f. 89\n\nBREZHNEV. We reviewed the issues.\n",
	  "from", "CPSU CC Politburo", "citation" },
	{ "... a sitting's notes are a note-taker's",
	  "Search in\n\nJune 13, 1986\n\n    \"Notes of CC CPSU Politburo Session, June 13, 1986,\" June 13, 1986, History "
	  "and Public Policy Program Digital Archive\n\nGorbachev: We reviewed the issues.\n",
	  "from", NULL, NULL },
	{ "... the name typed under the mark, in brackets",
	  "Skip to content\n\nJanuary 1, 1963\n\nReport on a conversation\n\nThe Ambassador met him.\n\n"
	  "[Signature] (S. Chervonenko)\n",
	  "from", "Chervonenko", "signature" },
	{ "a party the heading cannot read is no recipient, not an empty one",
	  "371. Telegram 1219 to Geneva1\nWashington, November 12, 1955, 1:03\n1219. For Johnson.\n", "to", NULL, NULL },
	{ "where a party was at the time is no part of the party",
	  "Hopkins Papers: Telegram\nThe Minister in Egypt (Kirk) to the Presidents Special Assistant (Hopkins), Temporarily at "
	  "Tehran1\nWith reference to my message of yesterday Chinese Charg\xc3\xa9" "2 has just called to say that he has cabled "
	  "text of document to Chungking.\nI told him that I had been instructed to notify him.\n",
	  "to", "Hopkins (Presidents Special Assistant)", NULL },
	{ "'My dear' opens a salutation",
	  "March 4, 1937. My dear Bullitt:- Thank you for your letter of February tenth, which I read with great interest and which "
	  "I have shown to the Secretary of State, who agrees with much of what you say about the situation.\n",
	  "to", "Bullitt", "salutation" },
	{ "a post named alone stands for its mission",
	  "Skip to content\n\nMay 4, 1981\n\nSecret Telegram No. 212/IV - From Hanoi to Warsaw\n\nTo Comrade Czyrek\n\nText.\n", "from",
	  "Hanoi", "title line" },
	{ "a person's offices after the name are no parties",
	  "Skip to content\n\nMay 4, 1970\n\nTelegram from Ion Pop, Extraordinary Envoy and Plenipotentiary Minister of Romania, to "
	  "the Ministry of Foreign Affairs\n\nText.\n",
	  "from", "Ion Pop (Extraordinary Envoy and Plenipotentiary Minister of Romania)", "title line" },
	{ "... an envoy's post after his name, 'Ambassador to' its country, his office",
	  "Skip to content\n\nOctober 12, 1988\n\nUntitled report from Mieczys\xc5\x82" "aw Dedo, Polish Ambassador to the DPRK, "
	  "concerning succession after Kim Il Sung\n\nText.\n",
	  "from", "Mieczys\xc5\x82" "aw Dedo (Polish Ambassador to the DPRK)", "title line" },
	{ "... and that country no recipient",
	  "Skip to content\n\nOctober 12, 1988\n\nUntitled report from Mieczys\xc5\x82" "aw Dedo, Polish Ambassador to the DPRK, "
	  "concerning succession after Kim Il Sung\n\nText.\n", "to", NULL, NULL },
	{ "words said or written by someone, no kind, are his ('Remarks by ... on ...')",
	  "Skip to content\n\nNovember 12, 1964\n\nRemarks by the East German Embassy in Hanoi on the Article in Hoc Tap\n\n"
	  "Text.\n", "from", "the East German Embassy in Hanoi", "title line" },
	{ "a database's labels in brackets",
	  "Database of Japanese Politics\n\n[Title] Okinawa Reversion, Memorandum of a Conversation\n\n[Place] The White House, "
	  "Washington\n[Date] November 19, 1969\n[Full text]\n\nText.\n",
	  "title", "Okinawa Reversion, Memorandum of a Conversation", "label" },
	{ "a place's label", "[Title] Okinawa Reversion\n[Place] The White House, Washington\n[Date] November 19, 1969\n\nText.\n",
	  "place", "The White House, Washington", "label" },
	{ "a telegram received on the Department's form",
	  "GRAY\nROME\nDated May 3, 1940\nRec'd 4:12 p.m.\nSecretary of State\nWashington\nRUSH\n412, May 3, 2 p.m.\nCiano told me "
	  "today that the Duce had not yet decided.\nPHILLIPS\nJRL\n",
	  "kind", "telegram", "received telegram form" },
	{ "its addressee over the capital",
	  "GRAY\nROME\nDated May 3, 1940\nRec'd 4:12 p.m.\nSecretary of State\nWashington\nRUSH\n412, May 3, 2 p.m.\nCiano told me "
	  "today that the Duce had not yet decided.\nPHILLIPS\nJRL\n",
	  "to", "Secretary of State", "received telegram form" },
	{ "its number with the hour it was sent",
	  "GRAY\nROME\nDated May 3, 1940\nRec'd 4:12 p.m.\nSecretary of State\nWashington\nRUSH\n412, May 3, 2 p.m.\nCiano told me "
	  "today that the Duce had not yet decided.\nPHILLIPS\nJRL\n",
	  "number", "412", "received telegram form" },
	{ "signed over the clerk's initials",
	  "GRAY\nROME\nDated May 3, 1940\nRec'd 4:12 p.m.\nSecretary of State\nWashington\nRUSH\n412, May 3, 2 p.m.\nCiano told me "
	  "today that the Duce had not yet decided.\nPHILLIPS\nJRL\n",
	  "from", "Phillips", "signature" },
	{ "a one-word name after a form of address takes the office after its comma",
	  "Skip to content\n\nMay 4, 1966\n\nNote of Comrade Novak, Czech Ambassador, with the Hungarian Ambassador in Laos, "
	  "Comrade Szabo\n\nText.\n",
	  "from", "Novak (Czech Ambassador)", "title line" },
	{ "an office led by a country's adjective, then its holder after the comma",
	  "Skip to content\n\nMay 4, 1966\n\nNote of Comrade Novak, Czech Ambassador, with the Hungarian Ambassador in Laos, "
	  "Comrade Szabo\n\nText.\n",
	  "to", "Szabo (Hungarian Ambassador in Laos)", "title line" },
	{ "an editor's gloss in brackets before a list of recipients is no party",
	  "Skip to content\n\nMay 4, 1966\n\nLetter from Foreign Minister Jan Kral to [Presidium Members] Comrade Karel Novy, "
	  "Comrade Petr Maly\n\nText.\n",
	  "to", "Karel Novy; Petr Maly", "title line" },
	{ "the editor's word for the text glued to the last name is no part of it",
	  "Skip to content\n\nMay 4, 1966\n\nLetter from Foreign Minister Jan Kral to Comrade Karel Novy and Comrade Petr "
	  "Maly[Excerpts]\n\nText.\n",
	  "to", "Karel Novy; Petr Maly", "title line" },
	{ "a memorandum for the record with its subject after it is for no one",
	  "MEMO FOR THE RECORD RE MEETING WITH SENATOR JOHN SMITH\nDocument Type:\nPublication Date:\nMay 23, 1973\nBody:\n"
	  "Text.\n",
	  "to", NULL, NULL },
	{ "a cable sent for information alone goes to its INFO addressees",
	  "SECRET\nPAGE 01\nSTATE 020304\nO 230405Z JAN 79\nFM SECSTATE WASHDC\nINFO AMEMBASSY ROME IMMEDIATE 0000\n"
	  "S E C R E T STATE 020304\nFOLLOWING REPEAT PARIS 1244 ACTION SECSTATE JAN 22:\nText.\n",
	  "to", "AMEMBASSY ROME", "cable routing" },
	{ "... and from its FM line",
	  "SECRET\nPAGE 01\nSTATE 020304\nO 230405Z JAN 79\nFM SECSTATE WASHDC\nINFO AMEMBASSY ROME IMMEDIATE 0000\n"
	  "S E C R E T STATE 020304\nFOLLOWING REPEAT PARIS 1244 ACTION SECSTATE JAN 22:\nText.\n",
	  "from", "SECSTATE WASHDC", "cable routing" },
	{ "two persons named with their offices, joined by 'and', are two parties",
	  "14. Memorandum From President Carter to Secretary Muskie and Secretary Brown\n\nI believe.\n",
	  "to", "Muskie; Brown", "heading" },
	{ "an office whose word stands before its post's, then the person",
	  "Skip to content\n\nMay 4, 1959\n\nMemorandum of Conversation Between Vice Minister Li Ming and Counsellor of the "
	  "Embassy of Poland in China K. Nowak\n\nText.\n",
	  "to", "Nowak (Counsellor of the Embassy of Poland in China)", "title line" },
	{ "the archived FRUS site's masthead, menus, path and volume name are furniture",
	  "U.S. Department of State\nU.S. Department of State\nOther State Department Archive SitesU.S. Department of State\n"
	  "Home Issues & Press Travel & Business Countries Youth & Education Careers About State Video\n You are in: Bureau "
	  "of Public Affairs > Office of the Historian > Volume XII\nForeign Relations of the United States 1964-1968, Volume "
	  "XII  \nReleased by the Office of the Historian\n\n12. Telegram From the Embassy in Poland to the Department of "
	  "State/1/\n\nWarsaw, May 2, 1965, 4 p.m.\n\n345. The talks went well.\n",
	  "title", "Telegram From the Embassy in Poland to the Department of State", NULL },
	{ "the range of an edition's papers on a page is no title",
	  "Documents 12-20\n\n12. Telegram From the Embassy in Poland to the Department of State/1/\n\nWarsaw, May 2, 1965, "
	  "4 p.m.\n\n345. The talks went well.\n",
	  "title", "Telegram From the Embassy in Poland to the Department of State", NULL },
	{ "the archived edition's footnote under the heading is passed for the telegram's number",
	  "12. Telegram From the Embassy in Poland to the Department of State/1/\n\nWarsaw, May 2, 1965, 4 p.m.\n\n"
	  "/1/Source: National Archives, RG 59, Central Files 1964-66, POL POL-US. Secret.\n\n345. The talks went well.\n",
	  "number", "345", "telegram number" },
	{ "a book viewer's buttons are furniture",
	  "\xe7\xb6\xb2\xe9\xa0\x81\xe5\x9c\x96\xe7\x89\x87\nPDF\nePub \xe7\x89\x88\n\nCipher Telegram from Soviet "
	  "Ambassador Ivan Petrov to CPSU Central Committee, 26 November 1963\n\nText of the telegram.\n",
	  "title", "Cipher Telegram from Soviet Ambassador Ivan Petrov to CPSU Central Committee, 26 November 1963", NULL },
	{ "a collection's number of its paper alone over the title is no title",
	  "Skip to content\n\nDocument No. 3\n\nCipher Telegram from Soviet Ambassador Ivan Petrov to CPSU Central "
	  "Committee, 26 November 1963\n\nText of the telegram.\n",
	  "title", "Cipher Telegram from Soviet Ambassador Ivan Petrov to CPSU Central Committee, 26 November 1963", NULL },
	{ "a record's own number between its word and what it records: a record of a conversation",
	  "Skip to content\n\nJanuary 6, 1965\n\nNote No. 4/65 on Conversations with Comrade Petrov about the Situation in "
	  "Laos, on 22 December 1964\n\nDuring my conversation.\n",
	  "kind", "record of conversation", "title line" },
	{ "... with the other side after 'with'",
	  "Skip to content\n\nJanuary 6, 1965\n\nNote No. 4/65 on Conversations with Comrade Petrov about the Situation in "
	  "Laos, on 22 December 1964\n\nDuring my conversation.\n",
	  "to", "Petrov", "title line" },
	{ "... and its number kept",
	  "Skip to content\n\nJanuary 6, 1965\n\nNote No. 4/65 on Conversations with Comrade Petrov about the Situation in "
	  "Laos, on 22 December 1964\n\nDuring my conversation.\n",
	  "number", "4/65", "title line" },
	{ "a body's name under the paper's own fields is theirs, no letterhead",
	  "22 October 1974\nMEMORANDUM OF CONVERSATION\nPARTICIPANTS: John Smith, Director\nPeter Brown, Planning Board\n"
	  "DATE: October 21, 1974\nIC Staff\n1. Mr. Smith and Mr. Brown met for an hour.\n",
	  "from", NULL, NULL },
	{ "a conversation's DATE is the talk's: the paper's own dateline dates the paper",
	  "22 October 1974\nMEMORANDUM OF CONVERSATION\nPARTICIPANTS: John Smith, Director\nPeter Brown, Planning Board\n"
	  "DATE: October 21, 1974\nIC Staff\n1. Mr. Smith and Mr. Brown met for an hour.\n",
	  "date", "1974-10-22", "date line" },
	{ "... and with no dateline, the talk's day is the paper's",
	  "MEMORANDUM OF CONVERSATION\nPARTICIPANTS: John Smith, Director\nPeter Brown, Planning Board\n"
	  "DATE: October 21, 1974\n1. Mr. Smith and Mr. Brown met for an hour.\n",
	  "date", "1974-10-21", NULL },
	{ "an edition's 'Editorial Note' is no one's note",
	  "48. Editorial Note\n\nAt the National Security Council meeting on January 29, 1959, Allen Dulles discussed the "
	  "speech.\n",
	  "from", NULL, NULL },
	{ "... and of no kind: an editorial note is no diplomatic note",
	  "48. Editorial Note\n\nAt the National Security Council meeting on January 29, 1959, Allen Dulles discussed the "
	  "speech.\n",
	  "kind", NULL, NULL },
	{ "a record kept in a diary that a line of its own names is the keeper's",
	  "Skip to content\n\nNovember 29, 1958\n\nMemorandum of Conversation of the Chinese Minister of Foreign Affairs, Chen "
	  "Yi, at Dinner in the Soviet Embassy, 8 November 1958\n\nSECRET. Copy No. 3\n\nFrom the Diary of P.F. Yudin\n\n"
	  "29 November 1958\n\nMemorandum of Exchange\n\nToday in his speech at dinner Chen Yi said that the party is ready.\n",
	  "from", "Yudin", "journal line" },
	{ "a paper named after its author's surname before its kind is his",
	  "Skip to content\n\nNovember 4, 1956\n\nZhukov Report, 4 November 1956\n\nTop Secret\n\nOur troops entered the city.\n",
	  "from", "Zhukov", "title line" },
	{ "... two surnames joined, two senders",
	  "Skip to content\n\nOctober 27, 1956\n\nMikoyan-Suslov Report on the Situation in Hungary\n\nWe arrived today.\n",
	  "from", "Mikoyan; Suslov", "title line" },
	{ "... but a word that qualifies a paper is no one",
	  "Skip to content\n\nOctober 27, 1956\n\nHungarian Report on the Situation in Budapest\n\nWe arrived today.\n",
	  "from", NULL, NULL },
	{ "... nor an edition's own 'Editorial Note' under its number",
	  "48. Editorial Note\n\nAt the National Security Council meeting on January 29, 1959, Allen Dulles discussed the "
	  "speech.\n", "from", NULL, NULL },
	{ "... nor an archive's word for a paper it found with no title",
	  "Skip to content\n\nOctober 12, 1988\n\nUntitled Report, 12 October 1988\n\nText.\n", "from", NULL, NULL },
	{ "a letter scanned into one line: its inside address run on to its salutation",
	  "MR. SMITH\nDocument Type:\nPublication Date:\nNovember 4, 1953\nBody:\nApproved For Release 2002/06/26 : "
	  "CIA-RDP78-04718A000900230060-3 17 September 1953 The Honorable John R. Brown The Director Bureau of the Budget "
	  "Washington 25, D. C. Dear Mr. Brown, As a result of the cuts in its funds, the Department has closed posts.\n",
	  "to", "John R. Brown", "inside address" },
	{ "... and its dateline right before the address",
	  "MR. SMITH\nDocument Type:\nPublication Date:\nNovember 4, 1953\nBody:\nApproved For Release 2002/06/26 : "
	  "CIA-RDP78-04718A000900230060-3 17 September 1953 The Honorable John R. Brown The Director Bureau of the Budget "
	  "Washington 25, D. C. Dear Mr. Brown, As a result of the cuts in its funds, the Department has closed posts.\n",
	  "date", "1953-09-17", "dateline" },
	{ "an editor's bracket of a kind and a number after the title numbers the paper",
	  "Direkt zum Seiteninhalt springen\n\nFeindliche Einwirkung auf B\xc3\xbcrger der DDR\n\n8. Juli 1989\nInformation "
	  "und Schlussfolgerungen zu einigen Fragen der DDR [Bericht K 1/206]\n\nWie auf der 7. Tagung festgestellt wurde.\n",
	  "number", "K 1/206", "title line" },
	{ "... and the title keeps it, as printed",
	  "Direkt zum Seiteninhalt springen\n\nFeindliche Einwirkung auf B\xc3\xbcrger der DDR\n\n8. Juli 1989\nInformation "
	  "und Schlussfolgerungen zu einigen Fragen der DDR [Bericht K 1/206]\n\nWie auf der 7. Tagung festgestellt wurde.\n",
	  "title", "Information und Schlussfolgerungen zu einigen Fragen der DDR [Bericht K 1/206]", "title line" },
	{ "an editor's lead sentence dates the letter it quotes ('In September 1961 ... wrote to ...')",
	  PAGE_LEAD, "date", "1961-09", "lead sentence" },
	{ "... names its writer, after the words that describe him", PAGE_LEAD, "from", "Walter Ulbricht", "lead sentence" },
	{ "... and its recipient", PAGE_LEAD, "to", "Nikita Khrushchev", "lead sentence" },
	{ "... and its kind by the verb", PAGE_LEAD, "kind", "letter", "lead sentence" },
	{ "... and the line over it is the page's heading", PAGE_LEAD, "title",
	  "Ulbricht to Khrushchev on the Berlin Wall (1961)", "heading" }, /* a heading of its own too (its year in brackets) */
	{ "... under an archive's date line, the date line's day stands",
	  "Skip to content\n\nSeptember 15, 1961\n\nLetter from Walter Ulbricht to Nikita Khrushchev\n\nIn September 1961 "
	  "Walter Ulbricht wrote to Nikita Khrushchev, reflecting on the border.\n\nDear Comrade Khrushchev,\n",
	  "date", "1961-09-15", "date line" },
	{ "a dateline with its day in quotation marks, as Soviet forms print it",
	  "To Comrade Stalin, I.V.\n\nDear Comrade Stalin,\n\nThe meeting was held.\n\nWith respect,\n\nKim Il Sung\n\n"
	  "\xc2\xab" "14\xc2\xbb June 1951\n",
	  "date", "1951-06-14", NULL },
	{ "a Polish dateline with the year's word after it ('r.', roku)",
	  "Telegram from Nowak to Spasowski\n\nWarszawa, 14 VI 1951 r.\n\nDear Comrade Spasowski,\n\nThe meeting was held.\n",
	  "date", "1951-06-14", "dateline" },
	{ "a typed dateline with its day and month left blank, over a memorandum, dates it to the year",
	  "THE WHITE HOUSE\n\nWASHINGTON , 1974\n\nMEMORANDUM FOR THE WHITE HOUSE STAFF:\n\nBy custom, the files belong to "
	  "the President.\n",
	  "date", "1974", "dateline" },
	{ "... but a place and a year over prose are an imprint, no date",
	  "THE FOREIGN POLICY OF THE USSR\n\nMOSCOW, 1974\n\nThis book tells of the policy of peace.\n", "date", NULL, NULL },
	{ "a letter's own opening, its inside address and salutation, names its kind over a catalogue's code",
	  "MR. SMITH\nDocument Type:\nPublication Date:\nNovember 4, 1953\nContent Type:\nMF\nBody:\nApproved For Release "
	  "2002/06/26 : CIA-RDP78-04718A000900230060-3 17 September 1953 The Honorable John R. Brown The Director Bureau of the "
	  "Budget Washington 25, D. C. Dear Mr. Brown, As a result of the cuts in its funds, the Department has closed posts.\n",
	  "kind", "letter", "inside address" },
	{ "a letter run into one line: its letterhead and place, then its dateline before the salutation",
	  "BRITISH EMBASSY WASHINGTON, D. C. September 15th, 1941. Dear Mr. Secretary: As I imagine Lord Halifax must have "
	  "told you himself, he hoped to return by September 22nd. Believe me, Dear Mr. Secretary, Very sincerely yours, The "
	  "Honourable Cordell Hull, Secretary of State of the United States, Washington, D.C.\n",
	  "date", "1941-09-15", "dateline" },
	{ "... and its inside address at the foot, after the closing",
	  "BRITISH EMBASSY WASHINGTON, D. C. September 15th, 1941. Dear Mr. Secretary: As I imagine Lord Halifax must have "
	  "told you himself, he hoped to return by September 22nd. Believe me, Dear Mr. Secretary, Very sincerely yours, The "
	  "Honourable Cordell Hull, Secretary of State of the United States, Washington, D.C.\n",
	  "to", "Cordell Hull", "inside address" },
	{ "the paper's own heading of its kind under a catalogue's block is finer than the catalogue's code",
	  "PRESS RELATIONS\nDocument Type:\nCollection:\nPublication Date:\nJanuary 3, 1975\nContent Type:\nMEMO\n"
	  "File:\nBody:\nTHE WHITE HOUSE\nWASHINGTON\nSECRET\nMEMORANDUM OF CONVERSATION\nPARTICIPANTS:\nPresident Ford\n"
	  "John Smith, Press Secretary\nPresident: I asked Phil to look at it.\n",
	  "kind", "record of conversation", "telegram header" },
	{ "a note of one party with another records their talk",
	  "Skip to content\n\nMay 4, 1966\n\nNote of Comrade Novak, Czech Ambassador, with the Hungarian Ambassador in Laos, "
	  "Comrade Szabo\n\nText.\n",
	  "kind", "record of conversation", "title line" },
	{ "... not a note of a party with regard to a subject",
	  "Skip to content\n\nMay 4, 1966\n\nNote of the Czech Embassy with regard to the Situation in Laos\n\nText.\n",
	  "kind", "note", "title line" },
	{ "the editor naming the writer in brackets after his 'my' in the text",
	  "Skip to content\n\nJanuary 6, 1965\n\nNote on the Situation in Laos\n\nDuring my [GDR ambassador to Laos, Karl "
	  "Weber] conversation with the Soviet ambassador at the reception, he explained the changes.\n",
	  "from", "Karl Weber (GDR ambassador to Laos)", "editor's note" },
	{ "... or after his 'I'",
	  "Skip to content\n\nJanuary 6, 1965\n\nNote on the Situation in Laos\n\nI [Karl Weber] visited the Soviet "
	  "ambassador at the reception, and he explained the changes.\n",
	  "from", "Karl Weber", "editor's note" },
	{ "a person of a body named by its own noun ('of the National Security Council Staff')",
	  "383. Memorandum From Harold Saunders of the National Security Council Staff to the President's Special Assistant "
	  "(Rostow)1\n\nThe White House has a choice.\n",
	  "from", "Harold Saunders (National Security Council Staff)", "heading" },
	{ "a printed volume's page on Wikisource: its furniture, running head and file line are no title",
	  "Page:Foreign Relations of the United States 1949 Volume 2.djvu/31\n\nFrom Wikisource\nJump to navigation Jump to search\n"
	  "This page has been proofread, but needs to be validated.\nEUROPE\n317\n\nPolicy Planning Staff Files[1]\n\n"
	  "Memorandum by the Director of the Policy Planning Staff (Kennan)[2] to the Secretary of State\n\nSECRET\n\n"
	  "[Washington,] March 4, 1949.\n\nWhen we first spoke of it, he said so.\n",
	  "title", "Memorandum by the Director of the Policy Planning Staff (Kennan) to the Secretary of State", NULL },
	{ "... and its heading's note markers in brackets are no part of its parties",
	  "Page:Foreign Relations of the United States 1949 Volume 2.djvu/31\n\nFrom Wikisource\nJump to navigation Jump to search\n"
	  "This page has been proofread, but needs to be validated.\nEUROPE\n317\n\nPolicy Planning Staff Files[1]\n\n"
	  "Memorandum by the Director of the Policy Planning Staff (Kennan)[2] to the Secretary of State\n\nSECRET\n\n"
	  "[Washington,] March 4, 1949.\n\nWhen we first spoke of it, he said so.\n",
	  "from", "Kennan (Director of the Policy Planning Staff)", "heading" },
	{ "an office's files over a heading are its file line, no title",
	  "Skip to content\n\nPolicy Planning Staff Files[1]\n\nMemorandum by the Director of the Policy Planning Staff (Kennan) "
	  "to the Secretary of State\n\n[Washington,] March 4, 1949.\n\nWhen we first spoke of it, he said so.\n",
	  "source", "Policy Planning Staff Files[1]", "file line" },
	{ "a code message's addressee under its date, 'Com.' before his name",
	  "Skip to content\n\nJuly 29, 1982\n\nUntitled report from Jan Nowak, Polish Diplomat in Hanoi\n\nCODE MESSAGE No: "
	  "1160/III/1931\n\nfrom: Hanoi\n\ndate: 29 July 1982\n\nCom. Mulicki\n\nCom. Nowak in message No 1 reports:\n\n"
	  "The media intensified their propaganda.\n",
	  "to", "Mulicki", "salutation" },
	{ "a compilation's heading over the edition's numbered heading is no title",
	  "Skip to content\n\nAfrica Region\n\n181. Memorandum From the Secretary of State to President Johnson/1/\n\n"
	  "Washington, January 29, 1964.\n\nWe are concerned by evidence of growing effort.\n",
	  "title", "Memorandum From the Secretary of State to President Johnson", NULL },
	{ "a number after 'No:' ('CODE MESSAGE No: 1160/III/1931')",
	  "Skip to content\n\nJuly 29, 1982\n\nUntitled report from Jan Nowak, Polish Diplomat in Hanoi\n\nCODE MESSAGE No: "
	  "1160/III/1931\n\nfrom: Hanoi\n\ndate: 29 July 1982\n\nThe media intensified their propaganda.\n",
	  "number", "1160/III/1931", NULL },
	{ "an undated paper's circa year against the archive's other year: no date",
	  "Citation:\n\n\xe2\x80\x9cSaddam Hussein Discussing the War,\xe2\x80\x9d 1985, History and Public Policy Program "
	  "Digital Archive, CRRC SH-SHTP-A-000-561\n\nDocument Date: Undated (circa 1981)\n\nSaddam Hussein: We said it.\n",
	  "date", NULL, NULL },
	{ "... the same year: the archive's",
	  "Citation:\n\n\xe2\x80\x9cSaddam Hussein Discussing the War,\xe2\x80\x9d 1986, History and Public Policy Program "
	  "Digital Archive, CRRC SH-SHTP-A-000-556\n\nDocument Date: Undated (circa late 1986)\n\nSaddam Hussein: We said it.\n",
	  "date", "1986", "citation" },
	{ "a key to the speakers marks a transcript of a recording",
	  "Saddam Hussein Discussing the War with His Inner Circle\n\nKey: UM = Unidentified Male Speaker Translator comments "
	  "are in brackets\n\nSaddam Hussein: That is what I wanted to say.\n",
	  "kind", "transcript", "transcript mark" },
	{ "a lecture is a speech", "Skip to content\n\nMarch 3, 1962\n\nLecture by Zhou Enlai on the International "
	  "Situation\n\nText.\n", "kind", "speech", "title line" },
	{ "an aide-m\xc3\xa9moire is a diplomatic note", "Skip to content\n\nMarch 3, 1962\n\nAide-M\xc3\xa9moire from the "
	  "Soviet Government to the Government of the United States\n\nText.\n", "kind", "note", "title line" },
	{ "a note verbale's sender after its two words", "Skip to content\n\nMarch 3, 1962\n\nNote Verbale from the Soviet "
	  "Embassy to the Department of State\n\nText.\n", "from", "the Soviet Embassy", "title line" },
	{ "an airgram's series number after its kind ('A-123')", "Skip to content\n\nMarch 3, 1962\n\nAirgram A-123 from the "
	  "Embassy in Moscow to the Department of State\n\nText.\n", "number", "A-123", "title line" },
	{ "... and its sender after it", "Skip to content\n\nMarch 3, 1962\n\nAirgram A-123 from the Embassy in Moscow to "
	  "the Department of State\n\nText.\n", "from", "the Embassy in Moscow", "title line" },
	{ "a number in a parenthesis ending the title", "Skip to content\n\nMarch 3, 1962\n\nTelegram from Dobrynin to Gromyko "
	  "(No. 1234)\n\nText.\n", "number", "1234", "title line" },
	{ "a code message is a ciphered telegram",
	  "Ministry of Foreign Affairs\n\nCode message No 553/IV/2745\nfrom: Pyongyang\n12 October 1988\nCom. Stawiarski\n\n"
	  "Com. Dedo informs.\n",
	  "kind", "telegram", "telegram header" },
	{ "an archive's 'Untitled report' yields to the paper's own heading of its kind",
	  "Skip to content\n\nOctober 12, 1988\n\nUntitled report from Jan Nowak, Polish Ambassador to the DPRK\n\n"
	  "Code message No 553/IV/2745\nfrom: Pyongyang\n12 October 1988\n\nCom. Nowak informs.\n",
	  "kind", "telegram", "telegram header" },
	{ "... and names the kind when the paper says nothing",
	  "Skip to content\n\nOctober 12, 1988\n\nUntitled report from Jan Nowak, Polish Ambassador to the DPRK\n\n"
	  "Com. Nowak informs.\n",
	  "kind", "report", "title line" },
	{ "a speaker's letter left alone at the page's end signs for no office",
	  "178. Transcript of Telephone Conversation Between Secretary of State Kissinger and the Soviet Ambassador "
	  "(Dobrynin)1\n\nD: You leave tomorrow?\n\nK: Yes.\n\nK: Ok, good.\n\nD",
	  "from", "Secretary of State Kissinger", "heading" },
	{ "a date under a letter read out in a talk, its quotation still open, is the letter's",
	  "68. Transcript of Telephone Conversation Between Secretary of State Kissinger and the Soviet Ambassador "
	  "(Dobrynin)1\n\nD: I received a telegram.\n\nK: All right.\n\nD: \xe2\x80\x9cI wish to express my "
	  "satisfaction.\n\nSincerely, L. Brezhnev\n\n(November 9, 1972)\n\nK: This is a very nice telegram.\n",
	  "date", NULL, NULL },
	{ "a kind's word qualifying the next names the next's kind ('Information Memorandum')",
	  "79. Information Memorandum From the Assistant Secretary of State for Economic Affairs (Jones) to Secretary of State "
	  "Vance1\n\nAs a followup to our discussion, I attach a copy.\n",
	  "kind", "memorandum", "heading" },
	{ "an office with commas in it, its holder in the one parenthesis at the end, is one party",
	  "79. Memorandum From the Assistant Director, East Asia and the Pacific, United States Information Agency (Smith) to "
	  "the Deputy Director (Bray)1\n\nAs a followup to our discussion, I attach a copy.\n",
	  "from", "Smith (Assistant Director, East Asia and the Pacific, United States Information Agency)", "heading" },
	{ "a paper prepared in a department for another names who made it",
	  "23. Memorandum Prepared in the Department of Defense for the White House1\n\nThe organization of the forces.\n",
	  "from", "the Department of Defense", "heading" },
	{ "... and for whom",
	  "23. Memorandum Prepared in the Department of Defense for the White House1\n\nThe organization of the forces.\n",
	  "to", "the White House", "heading" },
	{ "a paper prepared by an office's holder is his",
	  "4. Paper Prepared by the Under Secretary of State-Designate (Richardson)1\n\nThe organization of the staff.\n",
	  "from", "Richardson (Under Secretary of State-Designate)", "heading" },
	{ "a qualifying word before a paper's kind is no author's surname ('Information Report')",
	  "Skip to content\n\nSeptember 22, 1969\n\nInformation Report on the Situation in the Border Regions\n\nText.\n",
	  "from", NULL, NULL },
	{ "a paper sent by one to another",
	  "Skip to content\n\nSeptember 22, 1969\n\nInformation Report Sent by Ivan Petrov to the CPSU CC\n\nText of it.\n",
	  "from", "Ivan Petrov", "title line" },
	{ "a body's 'to' names its recipient, not its post",
	  "Skip to content\n\nSeptember 22, 1969\n\nInformation Report Sent by Kursk Regional Committee to CPSU CC\n\nText.\n",
	  "from", "Kursk Regional Committee", "title line" },
	{ "a translator's gloss in parentheses inside a body's name is no part of it",
	  "Skip to content\n\nSeptember 22, 1969\n\nInformation Report Sent by Kursk Oblast (Region) Committee to CPSU CC\n\n"
	  "Text.\n",
	  "from", "Kursk Oblast Committee", "title line" },
	{ "the owner of a telephone conversation named in a transcript's title is its first side",
	  "Skip to content\n\nSeptember 15, 1981\n\nTranscript of Petrov's Phone Conversation with Novak, 15 September 1981\n\n"
	  "Hello! They told me that you want to speak with me.\n",
	  "from", "Petrov", "title line" },
	{ "the two sides of a talk joined by a dash before its noun",
	  "Skip to content\n\nSeptember 15, 1981\n\nNotes of Petrov\xe2\x80\x93Novak Telephone Conversation\n\nHello! They told me "
	  "that you want to speak with me.\n",
	  "to", "Novak", "title line" },
	{ "... not two peoples",
	  "Skip to content\n\nSeptember 15, 1981\n\nNotes on the Sino-Soviet Talks in Moscow\n\nThe talks began.\n",
	  "to", NULL, NULL },
	{ "information on a conversation is a record of it",
	  "Skip to content\n\nSeptember 11, 1969\n\nInformation about A.N. Kosygin's Conversation With Zhou Enlai on 11 September "
	  "1969\n\nThe talk lasted three hours.\n",
	  "kind", "record of conversation", "title line" },
	{ "the paper a title says its paper contains is no party ('containing', 'transmitting')",
	  "Skip to content\n\nJuly 22, 1981\n\nReport to Comrade Janos Kadar containing verbatim transcript of a telephone "
	  "conversation between the two leaders\n\nComrade Musatov reported.\n",
	  "to", "Janos Kadar", "title line" },
	{ "a title before its date is no signature",
	  "Intelligence Report\nTHE SINO-SOVIET BORDER\n21 June 1969\nFor several months the border was the scene of fighting.\n",
	  "from", NULL, NULL },
	/* A body that names itself. */
	{ "a body's letter names its sender in its first words",
	  "March 3, 1963\n\nDear Comrades,\n\nThe Central Committee of the Workers' Party of Ruritania notes with regret the tone of "
	  "your last letter.\n", "from", "Central Committee of the Workers' Party of Ruritania", "first sentence" },
	{ "... run into one line after the salutation",
	  "July 4, 1963 _ Dear Comrades, = The Presidium of the Ruritanian Government deems it necessary to address an open letter to "
	  "you on the questions of the movement, which have been discussed for many months now.\n",
	  "from", "Presidium of the Ruritanian Government", "first sentence" },
	{ "... not a paper or a thing its first words name",
	  "March 3, 1963\n\nDear Comrades,\n\nThe letter of your Central Committee reached us on the 2nd.\n", "from", NULL, NULL },
	/* Telegram forms. */
	{ "'To: Comrade' heads a ministry's telegram form",
	  "Skip to content\n\nMay 2, 1974\n\nTelegram from Sofia, No.021.340, Urgent\n\nTo: Comrade Ion Marin,\n\nDeputy Foreign "
	  "Minister\n\nThe talks went on.\n", "to", "Ion Marin", "salutation" },
	{ "... not under a list's heading",
	  "Skip to content\n\nMay 2, 1974\n\nTelegram from Sofia, No.021.340, Urgent\n\nCopies went out as follows:\n"
	  "To: Comrade Ion Marin,\n\nThe talks went on.\n", "to", NULL, NULL },
	/* Scanned memoranda. */
	{ "an OCR'd MEMORANDUM FOR still heads the memorandum",
	  "PAPERS FOR THE BOARD\nDocument Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : "
	  "CIA-RDP79T00000A000100010001-1\nMEMORANDU4 FOR: Chief, Current Staff\nSUBJECT : Papers\n1. Text.\n",
	  "to", "Current Staff (Chief)", "memorandum header" },
	{ "... with its first letters lost",
	  "PAPERS FOR THE BOARD\nDocument Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : "
	  "CIA-RDP79T00000A000100010001-1\n4 May 1961\nRANDUM ?OR THE DIRECTOR\nSUBJECT: Papers\n1. Text.\n",
	  "kind", "memorandum", "memorandum header" },
	{ "... run into one line, its addressee only where a field ends it",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 "
	  "4 May 1961 M 0FANDUM FOR: Chief of Ops an the matter of 1ate arrivals the staff has been told twice and the office is "
	  "not yet of one mind on what to do about it.\n",
	  "to", NULL, NULL },
	{ "... a word like it is no memorandum",
	  "Approved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\nREFERENDUM FOR INDEPENDENCE\nThe vote was held.\n",
	  "kind", NULL, NULL },
	{ "a scanned memorandum's subject run into one line is its title",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 "
	  "4 May 1961 STAFF MEMORANDUM NO. 31-61 SUBJECT: Cuban Sugar Quotas 1. The Board met on the 3rd to weigh the quotas and "
	  "agreed on the figures in the annex.\n",
	  "title", "Cuban Sugar Quotas", "memorandum subject" },
	{ "... its colon read as a letter",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 "
	  "4 May 1961 MEMORANDUM FOR THE DIRECTOR Subjecti Cuban Sugar Quotas 1. The Board met on the 3rd to weigh the quotas and "
	  "agreed on the figures in the annex.\n",
	  "title", "Cuban Sugar Quotas", "memorandum subject" },
	{ "... a routing slip's blank subject is none",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 "
	  "ROUTING AND RECORD SHEET SUBJECT: (Optional) FROM: EA/ExDir EXTENSION NO. DATE TO: (Officer designation, room number, and "
	  "building)\n",
	  "title", "Untitled", NULL },
	{ "a release stamp as the OCR read it is no title",
	  "Document Type:\nPublication Date:\nMay 21, 1964\nBody:\nApproved For Relwe 2000/05/06 : CIA-RDP80\n1. The budget "
	  "went up.\n", "title", "Untitled", NULL },
	{ "... nor one with its word's end left",
	  "Document Type:\nPublication Date:\nMay 21, 1964\nBody:\nApproved For lease 200 1-RDP78-0620 Of r R 21 December 1964 "
	  "MEMORANDUM FOR THE RECORD\n", "title", "Untitled", NULL },
	{ "... but a line that keeps none of it is the paper's",
	  "Approved For fal 3 December 1968\n\nThe budget went up.\n", "title", "Approved For fal 3 December 1968",
	  "first sentence" },
	{ "a subject typed over lines is read whole",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\nMEMORANDUM FOR: Chief, Budget Staff\nSUBJECT: Proposed Topics for the\nBudget of 1965\n1. Text.\n",
	  "title", "Proposed Topics for the Budget of 1965", "memorandum subject" },
	{ "... not into a line that ends a sentence",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\nMEMORANDUM FOR: Chief, Budget Staff\nSUBJECT\nProposed Topics for the\nBudget of 1965\nstaffs.\n1. Text.\n",
	  "title", "Proposed Topics for the Budget of 1965", "memorandum subject" },
	{ "the OCR's specks before a subject go",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\nMEMORANDUM FOR: Chief, Budget Staff\nSUBJECT \": History of the Budget\n1. Text.\n",
	  "title", "History of the Budget", "memorandum subject" },
	{ "an addressee's body over two lines",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\nMEMORANDUM FOR: Secretary, Budget\nCommittee\nSUBJECT: Papers\n1. Text.\n",
	  "to", "Budget Committee (Secretary)", "memorandum header" },
	{ "... names on the lines under it are not joined to it (each is an addressee of its own)",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\nMEMORANDUM FOR: Director\nMr. Brandt\nMr. Keller\nSUBJECT: Papers\n1. Text.\n",
	  "to", "Director; Mr. Brandt; Mr. Keller", "memorandum header" },
	{ "a subject run into its text ends with its sentence",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 21 December 1964 MEMORANDUM FOR THE RECORD SUBJECT: Launching the Budget. It was decided in the fall that the "
	  "budget would be set by the Board and the staff would be told of it.\n", "title", "Launching the Budget",
	  "memorandum subject" },
	{ "... not at the stop after a capital",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 21 December 1964 MEMORANDUM FOR THE RECORD SUBJECT: U.S. Policy on Cuba 1. It was decided in the fall that the "
	  "policy would be set by the Board and the staff would be told of it.\n", "title", "U.S. Policy on Cuba",
	  "memorandum subject" },
	{ "a memorandum signed in capitals over its writer's office",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\nMEMORANDUM FOR: Chief, Budget Staff\nSUBJECT: Papers\n1. The papers are due.\nPAUL R. KELLER\nDeputy Director\n"
	  "for Planning\n", "from", "Paul R. Keller", "signature" },
	{ "... run into one line by the OCR",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 MEMORANDUM FOR: Chief, Budget Staff SUBJECT: Papers 1. The papers are due by May. 25X1 PAUL R. KELLER Deputy "
	  "Director for Planning Approved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1\n", "from", "Paul R. Keller",
	  "signature" },
	{ "... not a name in capitals in its text",
	  "Document Type:\nPublication Date:\nMay 4, 1961\nBody:\nApproved For Release 2004/01/02 : CIA-RDP79T00000A000100010001-1 MEMORANDUM FOR: Chief, Budget Staff SUBJECT: Papers 1. The staff met CHOU EN-LAI Premier of China twice in May "
	  "and will report on it.\n", "from", NULL, NULL },
	/* Records of talks under other names. */
	{ "a note on talks is their record",
	  "Skip to content\n\nMarch 3, 1982\n\nNote on the Talks between Comrade Hager and Comrade Suslov\n\nText.\n", "kind",
	  "record of conversation", "title line" },
	{ "a memorandum about a discussion is its record",
	  "Skip to content\n\nMarch 3, 1982\n\nMemorandum about the Discussion between Comrade Hager and Comrade Suslov\n\nText.\n",
	  "kind", "record of conversation", "title line" },
	{ "... a note on anything else is a note",
	  "Skip to content\n\nMarch 3, 1982\n\nNote on the Situation in the Baltic Ports\n\nText.\n", "kind", "note",
	  "title line" },
	{ "... minutes of discussions stay minutes",
	  "Skip to content\n\nMarch 3, 1982\n\nMinutes of the Discussions of Comrade Hager with Comrade Suslov\n\nText.\n", "kind",
	  "minutes", "title line" },
	{ "an author's quoted note about talks is their record",
	  "Skip to content\n\nMarch 3, 1982\n\nGDR Ministry of Trade, 'Note About the Talks of Comrade Beil with Comrade "
	  "Baibakov'\n\nText.\n", "kind", "record of conversation", "title line" },
	/* Journals and diaries. */
	{ "a record kept in a journal is a record",
	  "Skip to content\n\nMay 3, 1955\n\nFrom the Journal of Ambassador Ivan Petrov: Record of Conversation with Kim Il Sung on 3 "
	  "May 1955\n\nText.\n", "kind", "record of conversation", "title line" },
	{ "... and one kept in a diary",
	  "Skip to content\n\nMay 3, 1955\n\nFrom the Diary of I. Petrov, Record of Conversations with Cuban leaders\n\nText.\n",
	  "kind", "record of conversation", "title line" },
	{ "... a diary's excerpt with no paper named is a diary",
	  "Skip to content\n\nMay 3, 1955\n\nFrom the Diary of Ivan Petrov, May 1955\n\nText.\n", "kind", "diary", "title line" },
	/* Receptions. */
	{ "a host receives his guest: the record's two sides",
	  "Skip to content\n\nMay 3, 1964\n\nMemorandum of Conversation: Premier Wang Receives Ghanaian Ambassador to China Kofi "
	  "Mensah\n\nText.\n", "to", "Kofi Mensah (Ghanaian Ambassador to China)", "title line" },
	{ "... the host is the one side",
	  "Skip to content\n\nMay 3, 1964\n\nMemorandum of Conversation: Premier Wang Receives Ghanaian Ambassador to China Kofi "
	  "Mensah\n\nText.\n", "from", "Wang", "title line" },
	{ "... with no kind word, the reception is the record's kind",
	  "Skip to content\n\nMay 3, 1964\n\nVice-Premier Wang Receives the Ghanaian Trade Delegation\n\nText.\n", "kind",
	  "record of conversation", "title line" },
	{ "... not a thing that receives things",
	  "Skip to content\n\nMay 3, 1964\n\nThe Harbour Receives the First Ships of the Season\n\nText.\n", "from", NULL, NULL },
	/* Offices and their holders. */
	{ "an office with its article, then its holder, is one party",
	  "Skip to content\n\nMarch 3, 1982\n\nRecord of Conversation with the Chairman of Gosplan, Comrade Baibakov\n\nText.\n",
	  "to", "Baibakov (Chairman of Gosplan)", "title line" },
	{ "... a body after an office is no holder",
	  "Skip to content\n\nMarch 3, 1982\n\nLetter from Comrade Beil to the Minister of Trade, the Ministry of Finance\n\n"
	  "Text.\n", "to", "the Minister of Trade; the Ministry of Finance", "title line" },
	{ "offices joined by 'and' before their holder are one party's",
	  "Skip to content\n\nMay 3, 1961\n\nRecord of the Conversation between Cde. A. Gromyko and the First Deputy Premier "
	  "and Minister of Trade of Poland, Kowalski\n\nText.\n", "to", "Kowalski (First Deputy Premier)", "title line" },
	{ "... two offices with no holder after them stay two parties",
	  "Skip to content\n\nMay 3, 1961\n\nRecord of the Conversation between the Minister of Trade and the Minister of "
	  "Finance\n\nText.\n", "to", "the Minister of Finance", "title line" },
	{ "papers in the plural in a title name a subject, not this paper's parties",
	  "Skip to content\n\nMay 3, 1961\n\nLetters to the New Members of the Board\n\nText.\n", "to", NULL, NULL },
	{ "a title opening with a noun that takes 'to' names a subject, not a recipient",
	  "Skip to content\n\nMay 3, 1961\n\nACCESS TO STATE DEPARTMENT INTELLIGENCE CABLES\n\nText.\n", "to", NULL, NULL },
	{ "... nor a sender",
	  "Skip to content\n\nMay 3, 1961\n\nAid to Laos\n\nText.\n", "from", NULL, NULL },
	{ "... one paper's title still does",
	  "Skip to content\n\nMay 3, 1961\n\nLetter from the Director to the New Members of the Board\n\nText.\n", "to",
	  "the New Members of the Board", "title line" },
	{ "a conformed signature inside a scanned line, an office of the lexicon after the name", "Approved For Release 2003/08/20 : CIA-RDP80R01731R000200010024-7 MEMORANDUM FOR: Director of Central Intelligence 1. On "
	  "8 May you asked that a paper be written for the board. Attached is the draft from the office. 2. I agree with it. "
	  "/s/ John R. Smith Inspector General No CHANGE IN CLASS\n",
	  "from", "John R. Smith (Inspector General)", "signature" },
	{ "... with no office after it, nothing sure", "Approved For Release 2003/08/20 : CIA-RDP80R01731R000200010024-7 MEMORANDUM FOR: Director of Central Intelligence 1. On "
	  "8 May you asked that a paper be written for the board. Attached is the draft from the office. 2. I agree with it. "
	  "/s/ John R. Smith 25X1 STAT No CHANGE IN CLASS\n", "from", NULL, NULL },
	{ "a body and its staff are one addressee",
	  "MEMORANDUM FOR: Planning Board and Staff\nSUBJECT: Travel rules\n\n1. The rules.\n",
	  "to", "Planning Board and Staff", "memorandum header" },
	{ "... two bodies about 'and' stay two",
	  "Skip to content\n\nMay 3, 1961\n\nLetter from Ulbricht to the Party and Government\n\nText.\n",
	  "to", "the Party; Government", "title line" },
	{ "an author's quoted record names its other side",
	  "Skip to content\n\nMarch 3, 1982\n\nGDR Ministry of Trade, 'Record of the Talks of Comrade Beil with Comrade "
	  "Baibakov'\n\nText.\n", "to", "Baibakov", "title line" },
	{ "... and the author stays the sender",
	  "Skip to content\n\nMarch 3, 1982\n\nGDR Ministry of Trade, 'Record of the Talks of Comrade Beil with Comrade "
	  "Baibakov'\n\nText.\n", "from", "GDR Ministry of Trade", "title line" },
	{ "an office word before 'of' is no one's name",
	  "MEMORANDUM FOR: Director of Central lntelligence\nSUBJECT: Papers\n\n1. The papers are due.\n", "to",
	  "Director of Central Intelligence", "memorandum header" },
	{ "... a person before 'of' is",
	  "Skip to content\n\nMay 4, 1961\n\nTelegram from Xu Huang of the Foreign Affairs Department\n\nText.\n",
	  "from", "Xu Huang (Foreign Affairs Department)", "title line" },
	{ "an office word alone heads the unit after its comma",
	  "MEMORANDUM FOR: Chief, Historical staff\nSUBJECT: Papers\n\n1. The papers are due.\n", "to",
	  "Historical staff (Chief)", "memorandum header" },
	{ "... a person after it is its holder",
	  "MEMORANDUM FOR: Chief, Mr. Paul Brandt\nSUBJECT: Papers\n\n1. The papers are due.\n", "to",
	  "Paul Brandt (Chief)", "memorandum header" },
	{ "a classified paper's serial number on its marking's line",
	  "Skip to content\n\nMay 3, 1962\n\nRecord of Premier Li's Talk with Ambassador Keita\n\nSecret Document 512\n\nText.\n",
	  "number", "512", "number line" },
	{ "... not a document named in the text",
	  "Skip to content\n\nMay 3, 1962\n\nRecord of Premier Li's Talk with Ambassador Keita\n\nSee Document 512\n\nText.\n",
	  "number", NULL, NULL },
	{ "an outgoing number run into the text's opening",
	  "Skip to content\n\nMay 3, 1962\n\nRecord of a Conversation with Ambassador Keita\n\nSecret Copy No 2 3 May 1962 Outgoing No. "
	  "212 from the journal of I. Petrov. I met Ambassador Keita and gave him our reply to the note on trade.\n",
	  "number", "212", "number line" },
	{ "... not a number further on in the text",
	  "Skip to content\n\nMay 3, 1962\n\nRecord of a Conversation with Ambassador Keita\n\nI met Ambassador Keita and gave him our "
	  "reply to the note on trade, which the ministry had sent as Outgoing No. 212 the week before, and he read it.\n",
	  "number", NULL, NULL },
	{ "received at an hour, an edition's paper came by wire",
	  "The Minister in Ruritania (Brown) to the Secretary of State\n\nSTRELSAU, undated\n\n[Received March 4, 1921\xe2\x80\x94" "3:10 p. m.]\n\n"
	  "The King left today.\n", "kind", "telegram", "received line" },
	{ "... received on a day only, it may have come by bag",
	  "The Minister in Ruritania (Brown) to the Secretary of State\n\nSTRELSAU, undated\n\n[Received March 4, 1921.]\n\n"
	  "The King left today.\n", "kind", NULL, NULL },
	{ "a title ending in a month and year dates its paper at that precision",
	  "DOCUMENT No. 12: Letter from Ivan Petrov to Jan Novak on the Harvest, May 1968\n\nSource: the party archive.\n\nText.\n",
	  "date", "1968-05", "title line" },
	{ "... not a month and year the title runs on past",
	  "DOCUMENT No. 12: Letter from Ivan Petrov to Jan Novak on the Harvest, May 1968 and After\n\nSource: the party archive.\n\n"
	  "Text.\n", "date", NULL, NULL },
	{ "a quoted paper's 'from' is not the title's sender",
	  "Skip to content\n\nMay 3, 1962\n\nReport from Jan Kovacs, 'Information from the chief of the trade department'\n\nText.\n",
	  "from", "Jan Kovacs", "title line" },
	{ "... nor its 'to' a recipient",
	  "Skip to content\n\nMay 3, 1962\n\nCable from the Chinese Embassy in Mali, 'The Letter Has Been Passed to the President'\n\n"
	  "Text.\n", "to", NULL, NULL },
	{ "a catalogue's three dates with their labels lost: the last is the paper's",
	  "December 15, 2016\nAugust 21, 2000\nMay 13, 1970\nApproved For Release 2003/03/25 : CIA-RDP72-00337R000200030003-1 "
	  "TO: The Director SUBJECT: Papers 1. Attached is a cable.\n", "date", "1970-05-13", "label" },
	{ "... dates not later than the last are no catalogue's",
	  "May 13, 1970\nMay 14, 1970\nMay 15, 1970\nText.\n", "date", "1970-05-13", "date line" },
	{ "a scanned memorandum's addressee by the form's TO, before its FROM and SUBJECT",
	  "Approved For Release 2003/03/25 : CIA-RDP72-00337R000200030003-1 STAFF TO: The Director FROM: SUBJECT: REMARKS: "
	  "1. Attached is a cable from the station on the case, which came via the restricted channel to me.\n",
	  "to", "The Director", "memorandum header" },
	{ "a scanned header's person then his office is one party, its ' to ' no recipient's",
	  "Approved For Release 2003/03/25 : CIA-RDP84-00022R000200100033-6 COPY 3 June 1946 MEMORANDUM TO John L. Smith "
	  "Special Assistant to the Secretary of State FROM Paul W. Brown, Director SUBJECT State Department Cables 1. It is "
	  "requested that this agency be given access to the cables received from the posts abroad, as before.\n",
	  "to", "John L. Smith (Special Assistant to the Secretary of State)", "memorandum header" },
	{ "... the office ending where an address begins",
	  "Approved For Release 2008/07/16: CIA-RDP80B01676R000400180046-1 October 20, 1962 MEMORANDUM FOR: Mr. Theodore G. "
	  "Brown Special Counsel to the President The White House On the attached copy of the draft I have indicated changes.\n",
	  "to", "Mr. Theodore G. Brown (Special Counsel to the President)", "memorandum header" },
	{ "... and its sender by FROM",
	  "Approved For Release 2003/03/25 : CIA-RDP84-00022R000200100033-6 COPY 3 June 1946 MEMORANDUM TO John L. Smith "
	  "Special Assistant to the Secretary of State FROM Paul W. Brown, Director SUBJECT State Department Cables 1. It is "
	  "requested that this agency be given access to the cables received from the posts abroad, as before.\n",
	  "from", "Paul W. Brown (Director)", "memorandum header" },
	{ "... a form's FROM left blank names no one",
	  "Approved For Release 2003/03/25 : CIA-RDP72-00337R000200030003-1 STAFF TO: The Director FROM: SUBJECT: REMARKS: "
	  "1. Attached is a cable from the station on the case, which came via the restricted channel to me.\n",
	  "from", NULL, NULL },
	{ "... a TO in a text in capitals is no addressee",
	  "Approved For Release 2003/03/25 : CIA-RDP72-00337R000200030003-1 131120Z MAY 70 CITE SAIGON 995 IN PREPARATION FOR "
	  "AMBASSADOR BUNKER'S TDY TO WASHINGTON AND APPEARANCE BEFORE THE COMMITTEE, THE MISSION WAS TASKED TO PREPARE PAPERS.\n",
	  "to", NULL, NULL },
	{ "a memorandum signed by its writer's office alone, after its text's last stop",
	  "Approved For Release 2003/03/25 : CIA-RDP72-00337R000200030003-1 STAFF TO: The Director FROM: SUBJECT: REMARKS: "
	  "1. Attached is a cable from the station on the case. 2. I will look at the final papers. 25X1A Special Assistant "
	  "for Latin American Affairs Attachment cc: DDCI DDP\n", "from", "Special Assistant for Latin American Affairs",
	  "signature" },
	{ "... not an office named in the text",
	  "Approved For Release 2003/03/25 : CIA-RDP72-00337R000200030003-1 STAFF TO: The Director FROM: SUBJECT: REMARKS: "
	  "1. Attached is a cable from the station on the case, as asked by the Special Assistant for Latin American Affairs "
	  "yesterday. 2. I will look at the final papers.\n", "from", NULL, NULL },
	{ "a memorandum for the record under a catalogue's title of a talk is addressed to no one",
	  "CONVERSATION WITH THE SECRETARY OF STATE, 2 AUGUST 1979 (U)\nDocument Type:\nCollection:\nBody:\nApproved For "
	  "Release 2006/07/27: CIA-RDP80BO1554R003200110016-2 MEMORANDUM FOR THE RECORD 3 August 1979 SUBJECT: Conversation "
	  "with the Secretary of State, 2 August 1979 (U) 1. The Secretary at the beginning and again at the end thanked me.\n",
	  "to", NULL, NULL },
	{ "... and is a memorandum",
	  "CONVERSATION WITH THE SECRETARY OF STATE, 2 AUGUST 1979 (U)\nDocument Type:\nCollection:\nBody:\nApproved For "
	  "Release 2006/07/27: CIA-RDP80BO1554R003200110016-2 MEMORANDUM FOR THE RECORD 3 August 1979 SUBJECT: Conversation "
	  "with the Secretary of State, 2 August 1979 (U) 1. The Secretary at the beginning and again at the end thanked me.\n",
	  "kind", "memorandum", "memorandum header" },
	{ "a scanned memorandum of conversation's subject ends at its next field",
	  "Approved For Release 2002/04/12 : CIA-RDP73B00296R000300260058-8 DEPARTMENT OF STATE Memorandum Of Conversation "
	  "DATE: August 12, 1971 SUBJECT: Trade Questions PLACE: The Blue Room Restaurant, Washington, D.C. DATE: August 10, "
	  "1971 PARTICIPANTS: Mr. John W. Brown, Deputy Director Mr. Jan Nowak, First Secretary, Polish Embassy COPIES ARA\n",
	  "title", "Trade Questions", "memorandum subject" },
	{ "... and its PARTICIPANTS say it is a record of conversation",
	  "Approved For Release 2002/04/12 : CIA-RDP73B00296R000300260058-8 DEPARTMENT OF STATE Memorandum Of Conversafio "
	  "DATE: August 12, 1971 SUBJECT: Trade Questions PLACE: The Blue Room Restaurant, Washington, D.C. DATE: August 10, "
	  "1971 PARTICIPANTS: Mr. John W. Brown, Deputy Director Mr. Jan Nowak, First Secretary, Polish Embassy COPIES ARA\n",
	  "kind", "record of conversation", "memorandum header" },
	{ "a scanned MEMORANDUM FOR with a speck between its letters ('F'OR')",
	  "Approved For Release 2008/11/07: CIA-RDP78B02992A000100070002-9\n11 December 1975\nMEMORANDUM F'OR: Executive "
	  "Director\nHerewith the option as approved by the Director this afternoon.\n", "to", "Executive Director",
	  "memorandum header" },
	{ "a memorandum's addressees one to a line under the first are its addressees",
	  "Approved For Release 2008/11/07: CIA-RDP78B02992A000100070002-9\n11 December 1975\nMEMORANDUM FOR: Executive "
	  "Director\nMr. Brown\nGen. Wilson\nMr. .Knoche\nHerewith the option as approved by the Director this afternoon.\n",
	  "to", "Executive Director; Mr. Brown; Gen. Wilson; Mr. Knoche", "memorandum header" },
	{ "... one such line alone is no list",
	  "Approved For Release 2008/11/07: CIA-RDP78B02992A000100070002-9\n11 December 1975\nMEMORANDUM FOR: Executive "
	  "Director\nMr. Brown\nHerewith the option as approved by the Director this afternoon.\n", "to", "Executive Director",
	  "memorandum header" },
	{ "a name in capitals alone over a redaction's code signs a memorandum",
	  "Approved For Release 2008/11/07: CIA-RDP78B02992A000100070002-9\n11 December 1975\nMEMORANDUM FOR: Executive "
	  "Director\nHerewith the option as approved by the Director this afternoon.\nRICHARD BROWN\nSTAT\n", "from",
	  "Richard Brown", "signature" },
	{ "... not a name in capitals over the text",
	  "Approved For Release 2008/11/07: CIA-RDP78B02992A000100070002-9\n11 December 1975\nMEMORANDUM FOR: Executive "
	  "Director\nRICHARD BROWN\nSTAT\nHerewith the option as approved by the Director this afternoon.\n", "from",
	  NULL, NULL },
	{ "a page run together: its citation label opening a long line is still a label, its title whole",
	  "May 17, 1944 Record of the Conversation of Comrade I.V. Petrov and Comrade V.M\nDigital Archive International "
	  "History Declassified May 17, 1944 Record of the Conversation of Comrade I.V. Petrov and Comrade V.M. Ivanov with the "
	  "Polish Professor Nowak Citation: \xe2\x80\x9cRecord of the Conversation of Comrade I.V. Petrov and Comrade V.M. Ivanov "
	  "with the Polish Professor Nowak,\xe2\x80\x9d May 17, 1944, History and Public Policy Program Digital Archive, Foreign "
	  "Policy Archive. Repository 6, Register 6, File 546, Folder 42, Pages 53-70 Summary: Professor Nowak and Petrov "
	  "discuss the recent visit. Original Language: Russian Contents: English Translation\n", "title",
	  "Record of the Conversation of Comrade I.V. Petrov and Comrade V.M. Ivanov with the Polish Professor Nowak",
	  "citation" },
	{ "a citation's date without its day yields to the date line's of the same year",
	  "Digital Archive digitalarchive.wilsoncenter.org International History Declassified\n\nSeptember 28, 1961 Letter from "
	  "Petrov to Novak Regarding the Harvest\n\nCitation:\n\n\xe2\x80\x9cLetter from Petrov to Novak Regarding the "
	  "Harvest,\xe2\x80\x9d , 1961, History and Public Policy Program Digital Archive, SED Archives.\n\nText.\n",
	  "date", "1961-09-28", "date line" },
	{ "... not a date line of another year",
	  "Digital Archive digitalarchive.wilsoncenter.org International History Declassified\n\nSeptember 28, 1962 Letter from "
	  "Petrov to Novak Regarding the Harvest\n\nCitation:\n\n\xe2\x80\x9cLetter from Petrov to Novak Regarding the "
	  "Harvest,\xe2\x80\x9d , 1961, History and Public Policy Program Digital Archive, SED Archives.\n\nText.\n",
	  "date", "1961", "citation" },
	{ "the paper's own memorandum header says its kind over a catalogue's content type",
	  "RELATIONS WITH THE CONGRESS\nDocument Type:\nCollection:\nPublication Date:\nNovember 24, 1958\nContent Type:\n"
	  "REPORT\nBody:\nApproved For Release 2007/02/28: CIA-RDP01-01773R000300110111-7 MEMORANDUM FOR THE RECORD 24 November "
	  "1958 SUBJECT: Relations with the Congress 1. The Director met with his deputies to discuss relations with the "
	  "Congress in the coming session, and it was agreed that a presentation be prepared.\n",
	  "kind", "memorandum", "memorandum header" },
	{ "... the content type alone still does",
	  "WEEKLY REPORT\nDocument Type:\nCollection:\nPublication Date:\nNovember 24, 1958\nContent Type:\nREPORT\nBody:\n"
	  "Approved For Release 2007/02/28: CIA-RDP01-01773R000300110111-7 Weekly Report of the Directorate. The office "
	  "completed its program changes for the budget cycle of the coming year, and the results went to the Comptroller.\n",
	  "kind", "report", "title line" },
	{ "a catalogue's slash between an office and its body ('CHAIRMAN/COMMITTEE ON ...') makes the office its holder's",
	  "Skip to content\n\nMay 3, 1961\n\nLETTER TO THE HONORABLE JOHN A. SMITH, CHAIRMAN/COMMITTEE ON FOREIGN AFFAIRS\n\n"
	  "Text.\n", "to", "John A. Smith (Chairman/committee)", "title line" },
	{ "a letterhead run into a scanned letter names its sender",
	  "LETTER TO THE HONORABLE JOHN A. SMITH\nDocument Type:\nCollection:\nPublication Date:\nJune 1, 2007\nFile:\n"
	  "Body:\nUNCLASSIFIED ROUTING SHEET Office of General Counsel Routine "
	  "Priority SIGNATURE CONCUR FYI Immediate, THE DIRECTOR CENTRAL INTELLIGENCE AGENCY WASHINGTON, D.C. 20505 1 June 2007 "
	  "The Honorable John A. Smith Chairman Committee on Foreign Affairs United States House of Representatives "
	  "Washington, DC 20515 Dear Mr. Chairman: I am writing in response to your letter of last week.\n",
	  "from", "Director Central Intelligence Agency", "letterhead" },
	{ "... opening the line with no 'THE' before it",
	  "BRITISH EMBASSY WASHINGTON, D. C. September 15th, 1941. Dear Mr. Secretary: As I imagine Lord Halifax must have told "
	  "you himself, he hoped to return by September 22nd. Very sincerely yours, The Honourable Cordell Hull, Washington.\n",
	  "from", "British Embassy", "letterhead" },
	{ "... not an inside address in capitals",
	  "LETTER TO THE HONORABLE JOHN A. SMITH\nDocument Type:\nCollection:\nPublication Date:\nJune 1, 2007\nFile:\n"
	  "Body:\nUNCLASSIFIED ROUTING SHEET Office of General Counsel Routine "
	  "Priority SIGNATURE CONCUR FYI Immediate, 1 June 2007 THE HONORABLE JOHN A. SMITH UNITED STATES SENATE WASHINGTON, "
	  "D.C. 20510 Dear Senator Smith: I am writing in response to your letter of last week about the hearing.\n",
	  "from", NULL, NULL },
	{ "an intelligence office's control number by the copy's number is the paper's own",
	  "DAILY DIGEST\nDocument Type:\nCollection:\nPublication Date:\nOctober 29, 1951\nBody:\nApproved For Release "
	  "2006/03/17 : CIA-RDP79T01146A000500130001-3 TOP SECRET 29 October 1951 CIA No. 49411 Copy No. 143 DAILY DIGEST "
	  "Office of Current Intelligence. This summary of significant reports has been prepared for internal use.\n",
	  "number", "49411", "control number" },
	{ "... not the copy's number alone",
	  "DAILY DIGEST\nDocument Type:\nCollection:\nPublication Date:\nOctober 29, 1951\nBody:\nApproved For Release "
	  "2006/03/17 : CIA-RDP79T01146A000500130001-3 TOP SECRET 29 October 1951 Copy No. 143 DAILY DIGEST "
	  "Office of Current Intelligence. This summary of significant reports has been prepared for internal use.\n",
	  "number", NULL, NULL },
	{ "an intelligence office's name over its agency's, run into a scanned head, issued the paper",
	  "DAILY DIGEST\nDocument Type:\nCollection:\nPublication Date:\nOctober 29, 1951\nBody:\nApproved For Release "
	  "2006/03/17 : CIA-RDP79T01146A000500130001-3 TOP SECRET 29 October 1951 Copy No. 143 DAILY DIGEST Office of "
	  "Research and Reports CENTRAL INTELLIGENCE AGENCY This summary of significant reports has been prepared.\n",
	  "from", "Office of Research and Reports", "letterhead" },
	{ "... not an office named in a sentence before it",
	  "DAILY DIGEST\nDocument Type:\nCollection:\nPublication Date:\nOctober 29, 1951\nBody:\nApproved For Release "
	  "2006/03/17 : CIA-RDP79T01146A000500130001-3 TOP SECRET The reports were sent to the Office of Research and "
	  "Reports of the CENTRAL INTELLIGENCE AGENCY on the same day, and it was agreed to review them.\n",
	  "from", NULL, NULL },
	{ "a scanned header's addressees end where its text begins",
	  "Approved For Release 2004/01/02 : CIA-RDP80B01676R000100010001-1 24 January 1964 MEMORANDUM FOR: Executive "
	  "Director DD/I General Counsel Inspector General I am planning to schedule a meeting with the President on Monday "
	  "to discuss the attached memorandum.\n", "to", "Executive Director; DD/I; General Counsel; Inspector General",
	  "memorandum header" },
	{ "a scan's space inside an addressee's abbreviation before its slash goes ('DD /NIPE')",
	  "Approved For Release 2004/01/02 : CIA-RDP80B01676R000100010001-1 24 January 1964 MEMORANDUM FOR: Executive "
	  "Director DD /NIPE DD/I General Counsel I am planning to schedule a meeting with the President on Monday to "
	  "discuss the attached memorandum.\n", "to", "Executive Director; DD/NIPE; DD/I; General Counsel",
	  "memorandum header" },
	{ "a letter's inside address to a body, run into a scanned line, names its recipient",
	  "LETTER TO (SANITIZED)\nDocument Type:\nCollection:\nPublication Date:\nAugust 3, 1982\nContent Type:\nLETTER\nBody:\n"
	  "Approved For Release 2007/06/27 : CIA-RDP84B00148R000100360018-8 WASHINGTON BUREAU 1000 CONNECTICUT AVE "
	  "The Central Intelligence Agency Washington DC 20505 The Magazine has asked me to do a story on the agency, "
	  "and I write to ask for your help.\n", "to", "Central Intelligence Agency", "address" },
	{ "... not a person's address with his body after his name",
	  "LETTER TO (SANITIZED)\nDocument Type:\nCollection:\nPublication Date:\nAugust 3, 1982\nContent Type:\nLETTER\nBody:\n"
	  "Approved For Release 2007/06/27 : CIA-RDP84B00148R000100360018-8 5 August 1982 The Honorable John Smith United "
	  "States Senate Washington, D. C. 20510 I appreciate your report on the program and write to thank you for it.\n",
	  "to", NULL, NULL },
	{ "a host's possessive sitting: the host the one side",
	  "Skip to content\n\nMay 3, 1961\n\nRecord of Conversation from Premier Li Peng's Reception of the Malian Ambassador\n\n"
	  "Text.\n", "from", "Li Peng", "title line" },
	{ "... the guest the other",
	  "Skip to content\n\nMay 3, 1961\n\nConversation from [Li Peng's] Audience with Brazilian Journalists\n\nText.\n",
	  "to", "Brazilian Journalists", "title line" },
	{ "an office and its post with no one named is the party ('the Soviet Ambassador to the DPRK')",
	  "Skip to content\n\nMay 3, 1961\n\nRecord of a Conversation of the Soviet Ambassador to the DPRK with Pak Song-chol\n\n"
	  "Text.\n", "from", "the Soviet Ambassador to the DPRK", "title line" },
	{ "... as a recipient too",
	  "Skip to content\n\nMay 3, 1961\n\nLetter from Pak Song-chol to the Hungarian Ambassador to China\n\nText.\n",
	  "to", "the Hungarian Ambassador to China", "title line" },
	{ "the socialist states' 'Information' is a report",
	  "Skip to content\n\nJuly 26, 1968\n\nInformation about the Results of the Negotiations with the Delegation of Mali\n\n"
	  "Text.\n", "kind", "report", "title line" },
	{ "an editor's word for the state of the text in brackets names no one ('(Fragments)')",
	  "Skip to content\n\nMay 3, 1961\n\nLetter from Petrov to the Embassy (Fragments)\n\nText.\n", "to", "the Embassy",
	  "title line" },
	{ "a possessive in a heading's part before a colon owns no paper after it",
	  "Skip to content\n\nAugust 23, 1963\n\nJFK & Israel's Nuclear Program: Memorandum on Israeli Offer for Dimona "
	  "Inspections\n\nText.\n", "from", NULL, NULL },
	{ "... the owner just before the paper's word owns it",
	  "Skip to content\n\nFebruary 24, 1956\n\nSambuu's Diary on his Conversation with Petrov\n\nText.\n", "from",
	  "Sambuu", "title line" },
	{ "a noun that takes 'to' inside a title parts no sender from a recipient ('... and Aid to ...')",
	  "Skip to content\n\nFebruary 24, 1956\n\nExcerpts from Sambuu's diary on his conversation with the Soviet leader "
	  "Petrov on Economic Cooperation and Aid to the People's Republic of Mongolia (Fragments)\n\nText.\n", "to", NULL,
	  NULL },
	{ "... 'support' is no such noun: a message of support is addressed",
	  "Skip to content\n\nMay 3, 1961\n\nMessage of Support to the Vietnamese People\n\nText.\n", "to",
	  "the Vietnamese People", "title line" },
	{ "the State Department's outgoing telegram form run into a line: the Department's telegram",
	  "I J OUTGOJNG tELEGRAM INDICATE 0 0 -- Department of State l COLLECT CHARGE TO SECRET Classification Origin "
	  "Amembassy PARIS ACTION Info Following instructions for the Ambassador: you should make the following points to "
	  "the Foreign Minister privately.\n", "from", "Department of State", "outgoing telegram form" },
	{ "... to the post its address names",
	  "I J OUTGOJNG tELEGRAM INDICATE 0 0 -- Department of State l COLLECT CHARGE TO SECRET Classification Origin "
	  "Amembassy PARIS ACTION Info Following instructions for the Ambassador: you should make the following points to "
	  "the Foreign Minister privately.\n", "to", "Embassy in Paris", "outgoing telegram form" },
	{ "a book's numbered document heading run into its text ends at its date, its page number before it dropped",
	  "In lieu of an abstract, here is a brief excerpt of the content:\n\n87 Document No. 9: Protocol of the Party "
	  "Secretariat Meeting March 3, 1981 This wide-ranging discussion by the Secretariat reflects the leadership's "
	  "concerns about the position of the party and the state of the economy, on the day after the court's ruling to\n",
	  "title", "Protocol of the Party Secretariat Meeting", "title line" },
	{ "... and dates its paper",
	  "In lieu of an abstract, here is a brief excerpt of the content:\n\n87 Document No. 9: Protocol of the Party "
	  "Secretariat Meeting March 3, 1981 This wide-ranging discussion by the Secretariat reflects the leadership's "
	  "concerns about the position of the party and the state of the economy, on the day after the court's ruling to\n",
	  "date", "1981-03-03", "date line" },
	{ "a sitting's protocol is the sitting body's, as its minutes and transcript are",
	  "Skip to content\n\nOctober 25, 1980\n\nProtocol of PZPR Politburo Meeting\n\nText.\n", "from", "PZPR Politburo",
	  "title line" },
	{ "a long paragraph of the text opening 'SUMMARY:' stays text, no label",
	  "FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\nSUBJECT: TALKS\n\nSUMMARY: THE MINISTER RECEIVED THE AMBASSADOR TODAY AND "
	  "SPOKE AT LENGTH OF THE TALKS ON ARMS, OF THE VISIT PLANNED FOR THE SPRING AND OF THE TRADE AGREEMENT, WHICH HE "
	  "HOPED WOULD BE SIGNED SOON. END SUMMARY.\n\nText.\n", "summary", NULL, NULL },
	{ "... a letter's title over a memorandum for the record filed with it keeps its recipient",
	  "LETTER TO JOHN SMITH FROM PAUL BROWN\nDocument Type:\nCollection:\nBody:\nApproved For Release 2006/07/27: "
	  "CIA-RDP80BO1554R003200110016-2 MEMORANDUM FOR THE RECORD 3 August 1979 SUBJECT: The letter to Mr. Smith 1. The "
	  "attached letter was sent today after the meeting with the staff of the committee.\n", "to", "John Smith",
	  "title line" },
	{ "a paper's own kind and number in capitals at its scanned head, its SUBJECT next",
	  "Approved for Release: 2018/07/24 CO2996251 CENTRAL INTELLIGENCE AGENCY OFFICE OF NATIONAL ESTIMATES 12 October 1956 "
	  "STAFF MEMORANDUM NO. 82-56 SUBJECT: Consultants' Conference 1. Attachment A is a summary of the salient points.\n",
	  "number", "82-56", "number line" },
	{ "... not another paper's number in a cable's text",
	  "Approved for Release: 2018/07/24 CO2996251 SECRET 221015Z OCT 62 REF: MOSCOW TELEGRAM NO. 1234 THE MINISTER "
	  "RECEIVED THE AMBASSADOR TODAY AND SPOKE AT LENGTH OF THE TALKS ON ARMS AND OF TRADE.\n", "number", NULL, NULL },
	{ "an office after its agency in capitals at a scanned head issued the paper",
	  "Approved for Release: 2018/07/24 CO2996251 CENTRAL INTELLIGENCE AGENCY OFFICE OF CURRENT INTELLIGENCE 12 October "
	  "1956 STAFF MEMORANDUM NO. 82-56 SUBJECT: Consultants' Conference 1. Attachment A is a summary of the salient points.\n",
	  "from", "Office of Current Intelligence", "letterhead" },
	{ "a number written in by hand, the editor saying so, under the signature's date",
	  "Skip to content\n\nSeptember 28, 1950\n\nTelegram, Gromov to Stalin\n\nto Cde. I. V. STALIN\n\nI am sending the "
	  "original of a letter.\n\n(A. Gromov)\n28 September 1950\nN\xc2\xba [handwritten: 328/ag] [signature]\n\nDear Cde.\n",
	  "number", "328/ag", "number by the date" },
	{ "a telegram's number grouped by thousands, on its head after the place and hour",
	  "Skip to content\n\nApril 26, 1966\n\nTelegram of the Ministry of Foreign Affairs to the Embassy in Beijing\n\n"
	  "April 26, 1966\n\nBucharest 2010 hrs\n\nNo. 12 285\n\nFlash Telegram\n\nWe inform you that the delegation will "
	  "arrive on May 5.\n", "number", "12 285", "telegram's head" },
	{ "... not a letter's: a number by its head may be anything's",
	  "Skip to content\n\nApril 26, 1966\n\nLetter of the Ministry of Foreign Affairs to the Embassy in Beijing\n\n"
	  "April 26, 1966\n\nBucharest\n\nNo. 12 285\n\nDear comrade,\n\nWe inform you that the delegation will "
	  "arrive on May 5.\n", "number", NULL, NULL },
	{ "a telegram's number supplied by the editor in brackets with its stop",
	  "740.00119 P. W./8\xe2\x80\x93" "1145: Telegram\nThe Ambassador in China (Hurley) to the Secretary of State\nChungking, "
	  "August 12, 1945\n[Received August 11, 1945\xe2\x80\x94" "11:58 p.m.]\n[120212.] Your message delivered to the "
	  "Generalissimo today.\n", "number", "120212", "telegram number" },
	{ "... a note's marker in brackets is none",
	  "740.00119 P. W./8\xe2\x80\x93" "1145: Telegram\nThe Ambassador in China (Hurley) to the Secretary of State\nChungking, "
	  "August 12, 1945\n[Received August 11, 1945\xe2\x80\x94" "11:58 p.m.]\n[97] This telegram was sent from Tokyo.\n",
	  "number", NULL, NULL },
	{ "a telegram's number opens its text under a dateline with a note's marker glued before it",
	  "TELEGRAM from the Department of State to the Embassy in Germany, 12. August 1961\nTelegram from the Department of "
	  "State to the Embassy in Germany, Washington, 12. August 1961 and its text as the site prints it once more\n"
	  "[1]Washington, August 12, 1961, 6:26 p.m.\n339. Re Embtel 286 Aug 7. [2]\nSituation causing us concern.\nRusk\n",
	  "number", "339", "telegram number" },
	{ "a signer's office, the editor's mark and the name under it, a letter supplied inside it",
	  "November 29, 1954\nRecord of Conversation with the Prime Minister of Mongolia\nEmbassy of the USSR\nin the MPR Secret\n"
	  "29 November 1954\nThe Prime Minister informed me that on that day he received a delegation.\nAmbassador of the USSR "
	  "in the MPR [Signature] V[asily]. Pisarev\n", "from", "Pisarev", "signature" },
	{ "... not a sentence that mentions a signature",
	  "November 29, 1954\nRecord of Conversation with the Prime Minister of Mongolia\nEmbassy of the USSR\nin the MPR Secret\n"
	  "29 November 1954\nThe Prime Minister informed me that on that day he received a delegation.\nThe minister asked "
	  "the ambassador to put his [signature] V. Pisarev\n", "from", "Embassy of the USSR", "letterhead" },
	{ "an editor's headnote saying what the paper is names its sender",
	  "Library Links News\n\nNuclear Program: Memorandum on the Offer\n\n(August 23, 1963)\n\nThis is a memorandum from "
	  "Acting Secretary of State, Ball to President Kennedy commenting on the offer for visits.\n\nThe reply is not what "
	  "we wanted.\n", "from", "Ball (Acting Secretary of State)", "headnote" },
	{ "... and its recipient, up to what the paper does",
	  "Library Links News\n\nNuclear Program: Memorandum on the Offer\n\n(August 23, 1963)\n\nThis is a memorandum from "
	  "Acting Secretary of State, Ball to President Kennedy commenting on the offer for visits.\n\nThe reply is not what "
	  "we wanted.\n", "to", "Kennedy", "headnote" },
	{ "a headnote naming who wrote the paper",
	  "A week before his death, Ho Chi Minh wrote this letter, his last document:\n\nMr. Richard Nixon\nUnited States of "
	  "America\n\nDear Mr. President,\n\nI have received your letter.\n", "from", "Ho Chi Minh", "headnote" },
	{ "... not the writer speaking of himself",
	  "Skip to content\n\nNovember 12, 1964\n\nMemorandum on the talks\n\nI wrote this letter to tell you of the talks.\n",
	  "from", NULL, NULL },
	{ "... not a sentence where 'wrote this' says when",
	  "A week before the talks, the minister wrote this morning to the embassy:\n\nThe talks went well and the "
	  "delegation left.\n", "from", NULL, NULL },
	{ "a headnote opening with the paper and who took it, a paragraph's number glued before it",
	  "A Documents Reader\n\nDocument No. 5: Notes of CC CPSU Politburo Session, June 13, 1986\n\n1These notes taken by "
	  "Chernyaev at the Soviet Politburo give an assessment of the economy.\n\n2Gorbachev: On the outcomes.\n", "from",
	  "Chernyaev", "headnote" },
	{ "... not notes taken by no one named",
	  "A Documents Reader\n\nDocument No. 5: Notes of CC CPSU Politburo Session, June 13, 1986\n\n1These notes taken by "
	  "the staff at the Soviet Politburo give an assessment of the economy.\n\n2Gorbachev: On the outcomes.\n", "from",
	  NULL, NULL },
	{ "the date a paper's own number stands by is its own, over the catalogue's publication date",
	  "Document Type:\nDocument Release Date:\nJune 25, 2001\nSequence Number:\nCase Number:\nPublication Date:\nJune 11, "
	  "1975\nContent Type:\nAttachment | Size |\nCIA-RDP77-00432R000100370008-9.pdf | 8.4 MB |\nApproved For Release 2001/08/08 : CIA-RDP77-00432R000100370008-9\nThis publication "
	  "contains clippings from the\ndomestic and foreign press for YOUR\nof selected items would rarely be advisable.\nNO. 12\n13 JUNE 1975\nDestroy after it has served its purpose.\n"
	  "The report given to the President was read.\n", "date", "1975-06-13", "numbered date line" },
	{ "a date right before the paper's kind in the title is the paper's, over the archive's date of the talk",
	  "Skip to content\n\nFebruary 13, 1978\n\nSED CC, Department of International Relations, 16 February 1978, Report on "
	  "Conversation with Carlos Rafael Rodriguez in Havana\n\nRodriguez: The initiative merits recognition.\n", "date",
	  "1978-02-16", "title line" },
	{ "a number line under the paper's classification is its registry's",
	  "COMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE\nTOP SECRET\nNo. 1734\nTo Comrades Brezhnev, Kosygin\n"
	  "Excerpt from the minutes of the meeting.\n1. Agree with the views on this issue.\n", "number", "1734", "number line" },
	{ "... with its series' letters before it",
	  "COMMUNIST PARTY OF THE SOVIET UNION. CENTRAL COMMITTEE\nTOP SECRET\nSPECIAL FILE\nNo. Pb 172/108\nTo Comrades "
	  "Brezhnev, Kosygin\nExcerpt from the minutes of the meeting.\n1. Agree with the views on this issue.\n", "number",
	  "Pb 172/108", "number line" },
	{ "a number over the paper's kind as its heading, under an export's labelled apparatus, the editor's remark after it",
	  "<<\n\nDigital Archive International History Declassified\n\nSeptember 02, 1953 Note from the Embassy of Poland in "
	  "Korea\n\nCitation:\n\n\u201cNote from the Embassy of Poland in Korea,\u201d September 02, 1953, History and Public "
	  "Policy Program Digital Archive, Polish Foreign Ministry Archive.\n\nSummary:\n\nThe Embassy lists the delegation."
	  "\n\nCredits:\n\nThis document was made possible with support from a foundation.\n\nOriginal Language:\n\nPolish"
	  "\n\nContents:\n\nEnglish Translation Embassy Pyongyang, 2 September 1953 of the Polish Republic\n\nNo. "
	  "2421/61/53/TJN [tajne\xe2\x80\x94secret]\n\nNote\n\nOn 1 September 1953 a delegation left for Moscow.\n",
	  "number", "2421/61/53/TJN", "number line" },
	{ "a body's paper in a title with no addressee is the body's",
	  "Skip to content\n\nDecember 12, 1979\n\nResolution of the CPSU Central Committee on the Situation in Afghanistan\n\n"
	  "1. Approve the measures.\n", "from", "the CPSU Central Committee", "title line" },
	{ "... not a meeting's",
	  "Skip to content\n\nDecember 12, 1979\n\nReport of the Meeting of the Party Committee on the Harvest\n\n"
	  "1. The harvest was good.\n", "from", NULL, NULL },
	{ "... nor its work's",
	  "REPORT OF CABLE SECRETARIAT OPERATIONS\nDocument Type:\nPublication Date:\nApril 7, 1967\nBody:\n"
	  "Approved For Release 2001/08/01 : CIA-RDP84-00499R000600020060-3\n1. During the month we completed 68,000 items.\n",
	  "from", NULL, NULL },
	{ "a body's paper named on a line of its own among the text's opening lines",
	  "12 December 1979*, Pb 176/125\n\nPolitburo. The situation in A, as recorded in two documents.\n\nTop Secret\n"
	  "Special File\n\nIn the chair, Comrade L.I. Brezhnev\n\nResolution of the CPSU Central Committee\n\nConcerning the "
	  "situation in A:\n\n1. Approve the suggestions.\n", "from", "the CPSU Central Committee", "heading line" },
	{ "an extract from a sitting's minutes heading the text: the body that sat sends it",
	  "Politburo. About the situation in Afghanistan. Report of 29 October 1979; letter to the ambassador.\n"
	  "[page one of ten]\nReturn to CPSU Central Committee\n(General Department, Sector) within 3 days\nTOP SECRET\n"
	  "To Comrades Brezhnev, Kosygin\nExcerpt from "
	  "Minutes No. 172 of the meeting of the Politburo\nof the CPSU Central Committee, held on 31 October 1979\nThe "
	  "situation in Afghanistan\n1. Agree with the views.\n", "from", "Politburo of the CPSU Central Committee",
	  "minutes extract" },
	{ "... on the sitting's day",
	  "Politburo. About the situation in Afghanistan. Report of 29 October 1979; letter to the ambassador.\n"
	  "[page one of ten]\nReturn to CPSU Central Committee\n(General Department, Sector) within 3 days\nTOP SECRET\n"
	  "To Comrades Brezhnev, Kosygin\nExcerpt from "
	  "Minutes No. 172 of the meeting of the Politburo\nof the CPSU Central Committee, held on 31 October 1979\nThe "
	  "situation in Afghanistan\n1. Agree with the views.\n", "date", "1979-10-31", "minutes extract" },
	{ "... its kind minutes",
	  "Politburo. About the situation in Afghanistan. Report of 29 October 1979; letter to the ambassador.\n"
	  "[page one of ten]\nReturn to CPSU Central Committee\n(General Department, Sector) within 3 days\nTOP SECRET\n"
	  "To Comrades Brezhnev, Kosygin\nExcerpt from "
	  "Minutes No. 172 of the meeting of the Politburo\nof the CPSU Central Committee, held on 31 October 1979\nThe "
	  "situation in Afghanistan\n1. Agree with the views.\n", "kind", "minutes", "minutes extract" },
	{ "a list of addressees run on to the next line after its comma",
	  "TOP SECRET\nSPECIAL FILE\nTo Comrades Brezhnev, Kosygin, Andropov, Gromyko,\nSuslov, Ustinov, Ponomaryov\nThe "
	  "situation in Afghanistan and our policy.\n1. Agree with the views on this issue.\n", "to",
	  "Brezhnev; Kosygin; Andropov; Gromyko; Suslov; Ustinov; Ponomaryov", "salutation" },
	{ "... and with no mark where its first line ends",
	  "TOP SECRET\nSPECIAL FILE\nTo Comrades Brezhnev, Kosygin, Andropov, Gromyko\nSuslov, Ustinov, Ponomaryov\nThe "
	  "situation in Afghanistan and our policy.\n1. Agree with the views on this issue.\n", "to",
	  "Brezhnev; Kosygin; Andropov; Gromyko", "salutation" },
	{ "... not a sentence after it",
	  "TOP SECRET\nSPECIAL FILE\nTo Comrades Brezhnev, Kosygin,\nThe situation in Afghanistan, as you know, is grave.\n"
	  "1. Agree with the views on this issue.\n", "to", "Brezhnev; Kosygin", "salutation" },
	{ "a sitting's subject listed after 'Concerning' is none of its sides",
	  "June 25, 1971\n\nMinutes of the Politburo Meeting Concerning Ceausescu's Visit to China, North Korea, and Vietnam\n\n"
	  "Text.\n", "to", NULL, NULL },
	{ "a professor's title and his country's adjective are no part of his name",
	  "Skip to content\n\nMay 9, 1944\n\nRecord of the Conversation of Comrade Stalin with the Polish Professor Lange\n\n"
	  "Text.\n", "to", "Lange", "title line" },
	{ "a heading of the paper's kind and its subject over its text names its kind",
	  "August 11, 1975\nDiaz Arguelles to the Cuban Armed Forces Minister\nReport on the visit to Angola and on the "
	  "conversations held with Agostinho Neto, president of the MPLA:\n1. We arrived at Luanda on Sunday.\n", "kind",
	  "report", "heading line" },
	{ "a German site's 'skip to content' is its furniture, no title",
	  "Direkt zum Seiteninhalt springen\n\nFeindliche Einwirkung auf B\xc3\xbcrger der DDR\n\n8. Juli 1989\nInformation "
	  "und Schlussfolgerungen zu einigen Fragen der feindlichen Einwirkung\n\nWie auf der 7. Tagung festgestellt wurde, "
	  "verst\xc3\xa4rken die Feinde ihre Angriffe.\n", "kind", "report", "title line" },
	{ "a message relayed with its start marked is a telegram",
	  "Secretary of State for External Affairs to Dominions Secretary, Ottawa, October 4, 1941\n\nOttawa, October 4, 1941\n\n"
	  "MOST SECRET AND PERSONAL. Following from Prime Minister, for your Prime Minister. Begins. I was very glad to have "
	  "your message.\n", "kind", "telegram", "telegraphic idiom" },
	{ "... and one to be transmitted 'following', without its article",
	  "File No. 763.72/1779\n\nThe Ambassador in Great Britain (Page) to the Secretary of State\n\nRush for the President:\n\n"
	  "Please transmit following to Berlin Embassy immediately:\n\nIt is of importance that you delay the answer.\n",
	  "kind", "telegram", "telegraphic idiom" },
	{ "... not a letter that speaks of the following",
	  "Secretary of State for External Affairs to Dominions Secretary, Ottawa, October 4, 1941\n\nOttawa, October 4, 1941\n\n"
	  "Dear Sir, the following from our minister is sent for your information.\n", "kind", "letter", NULL },
	{ "a telegram's number opens its text under a heading whose parties were not read",
	  "123 Edge, Walter E./180: Telegram\n\nThe Secretary of State of the Ambassador in France (Edge)\n\n324. You are "
	  "ordered to report to the Department at your early convenience.\n", "number", "324", "telegram number" },
	{ "... the heading under the file line the title still",
	  "123 Edge, Walter E./180: Telegram\n\nThe Secretary of State of the Ambassador in France (Edge)\n\n324. You are "
	  "ordered to report to the Department at your early convenience.\n", "title",
	  "The Secretary of State of the Ambassador in France (Edge)", "heading" },
	/* Numbers among a title's commas. */
	{ "a number standing as a segment among the title's markings",
	  "Skip to content\n\nApril 2, 1971\n\nTelegram from Sofia to Bucharest, SECRET, No. 071.233, Urgent\n\nText.\n",
	  "number", "071.233", "title line" },
	{ "... glued to its mark",
	  "Skip to content\n\nApril 2, 1971\n\nTelegram from Bonn, No.02/1187, Urgent\n\nText.\n", "number", "02/1187",
	  "title line" },
	{ "... not a number inside a segment about something else",
	  "Skip to content\n\nApril 2, 1971\n\nTelegram from Sofia to Bucharest, on the Article in Rabotnichesko Delo No. 9\n\n"
	  "Text.\n", "number", NULL, NULL },
	/* The State Department's archived web site of 1997-2001. */
	{ "its images' names and its volume's masthead over a FRUS heading: the heading is the title",
	  "Great Seal The State Department web site below is a permanent electronic archive of information released "
	  "prior to January 20, 2001.\n\nDepartment Seal FOREIGN RELATIONS OF THE UNITED STATES\n1964-1968 Volume XVII\n"
	  "Eastern Europe\n\nDepartment of State\nWashington, DC\n\nflag bar\n\n57. Telegram From the Embassy in "
	  "Czechoslovakia to the Department of State/1/\n\nPrague, March 25, 1968, 1600Z.\n\n/1/Source: Department of "
	  "State, Central Files, POL 15 CZECH. Confidential.\n\n1667. Subject: After the fall.\n",
	  "title", "Telegram From the Embassy in Czechoslovakia to the Department of State", NULL },
	{ "a line naming a volume, its subject under it, heads the volume, not the paper",
	  "1961-1963 Volume V\nSoviet Union\n\n38. Memorandum From the Secretary of State to the President\n\n"
	  "Washington, May 2, 1961.\n\nThe talks went well.\n",
	  "title", "Memorandum From the Secretary of State to the President", NULL },
	{ "an office over its place is an address, no title",
	  "Skip to content\n\nDepartment of State\nWashington, DC\n\n12. Telegram From the Embassy in Poland to the "
	  "Department of State\n\nWarsaw, May 2, 1961.\n\n345. The talks went well.\n",
	  "title", "Telegram From the Embassy in Poland to the Department of State", NULL },
	/* Pages never seen when the rules were written (tests/pages, files from 501). */
	{ "a decimal file with words before its slash and the date after it, an en dash between",
	  "740.00119 Council/3\xe2\x80\x93" "646\n\nMemorandum of Conversation, by the Secretary of State 47\n\ntop secret\n\n"
	  "The British Ambassador called at his request.\n", "date", "1946-03-06", "file number" },
	{ "an office's lot files over a heading in lower case are a file line, no title",
	  "Conference files, lot 60 D 627, CF 204\n\nNo. 348\nMemorandum of Conversation, by the Secretary of State1\n"
	  "top secret eyes only\n1.\nMalaya. Mr. Eden said the situation there was deteriorating.\n",
	  "kind", "record of conversation", NULL },
	{ "the reading room's Content Type SUMMARY: a digest of reports, a report",
	  "DAILY DIGEST\n\nDocument Type: \nCollection: \nDocument Number (FOIA) /ESDN (CREST): \n"
	  "CIA-RDP79T01146A000800070001-7\nPublication Date: \nFebruary 25, 1952\nContent Type: \nSUMMARY\nBody: \n"
	  "Approved For Release 2001/09/04: CIA-RDP79T01146A000800070001-7 SECRET 25 February 1952 The Soviet Union "
	  "replies to the East German note.\n", "kind", "report", "label" },
	{ "a dateline broken after its month (the file a day later)",
	  "861.424/11\xe2\x80\x93" "350: Telegram\nThe Secretary of State to the Embassy in the Soviet Union\nrestricted\n"
	  "Washington, November\n2, 1950\xe2\x80\x94" "noon.\n293. Send Shvernik fol through appropriate channels.\nAcheson\n",
	  "date", "1950-11-02", "dateline" },
	{ "... and the telegram's number under it",
	  "861.424/11\xe2\x80\x93" "350: Telegram\nThe Secretary of State to the Embassy in the Soviet Union\nrestricted\n"
	  "Washington, November\n2, 1950\xe2\x80\x94" "noon.\n293. Send Shvernik fol through appropriate channels.\nAcheson\n",
	  "number", "293", "telegram number" },
	{ "an intelligence office's control number, the copy's number before it, all in capitals",
	  "CURRENT INTELLIGENCE WEEKLY SUMMARY\n\nBody: \nApproved For Release 2005/02/10 : CIA-RDP79-00927A000700070001-9 "
	  "SECRET CURRENT INTELLIGENCE WEEKLY SUMMARY COPY NO. OCI NO. 9431/55 29 December 1955 DOCUMENT NO. NO CHANGE IN "
	  "CLASS.\n", "number", "9431/55", "control number" },
	{ "... on the line over the copy's number, a line that is no title (a number and its mark alone)",
	  "December 9, 2016\nJune 20, 2001\nJanuary 10, 1952\n10 January 1952\nCIA No. 49499\nCopy No. 15\n"
	  "Office of Current Intelligence\nThis summary of significant reports has been prepared.\n",
	  "number", "49499", "control number" },
	{ "the Thatcher Foundation's section headings are furniture: the catalogue's title under them is the title",
	  "Archive\n\nArchive (Thatcher MSS)\nPersonal and party papers, Cambridge\n\nUS: MT letter to President Carter "
	  "(farewell) [released 2012]\n\nDocument type: Declassified documents\nSource: Thatcher MSS (Churchill Archive "
	  "Centre): THCR3/1/12 (i) f24\nImportance ranking: Major\n",
	  "title", "US: MT letter to President Carter (farewell) [released 2012]", "title line" },
	{ "a catalogue's topic, then the sender, the kind and 'to': the kind",
	  "Archive (Thatcher MSS)\n\nCanada: Prime Minister Trudeau of Canada letter to MT (thanks for talk about the "
	  "constitution) [released 2011]\n\nDocument type: Declassified documents\nSource: Thatcher MSS (Churchill Archive "
	  "Centre): THCR 3/1/9 (106)\nImportance ranking: Major\n", "kind", "letter", "title line" },
	{ "a typed paper's head run into one scanned line: its date right before its kind in capitals",
	  "DEPARTMENT OF STATE Washington O C 20520 November 9 1976 MEMORANDUM Mr Eagleburger TO S - FROM L - Michael D "
	  "Sandler Library of Congress Questions Gift Authority There are specific statutory provisions on gifts to the "
	  "Library of Congress Strangely these provisions state only that the Librarian may accept gifts of money\n",
	  "date", "1976-11-09", "head line" },
	{ "... and the kind", "DEPARTMENT OF STATE Washington O C 20520 November 9 1976 MEMORANDUM Mr Eagleburger TO S - FROM L - Michael D "
	  "Sandler Library of Congress Questions Gift Authority There are specific statutory provisions on gifts to the "
	  "Library of Congress Strangely these provisions state only that the Librarian may accept gifts of money\n", "kind", "memorandum", "head line" },
	{ "a catalogue's title in capitals whose kind word qualifies a noun names a subject: the catalogue's kind stands",
	  "CABLE ARCHIVES FILING SYSTEM\n\nDocument Type: \nCollection: \nDocument Number (FOIA) /ESDN (CREST): \n"
	  "CIA-RDP67-00134R000200060009-3\nPublication Date: \nDecember 3, 1963\nContent Type: \nMF\nBody: \n"
	  "Approved For Release 2004/08/31 : CIA-RDP67-00134R000200060009-3 3 December 1963 SUBJECT : Cable Archives "
	  "Filing System 1. From December 1946 all cables were filed alphabetically.\n", "kind", "memorandum", "label" },
	{ "... not a participle after it: the title's kind",
	  "MEMORANDUM PREPARED FOR THE DIRECTOR\n\nDocument Type: \nCollection: \nDocument Number (FOIA) /ESDN (CREST): \n"
	  "CIA-RDP67-00134R000200060009-3\nPublication Date: \nDecember 3, 1963\nContent Type: \nREPORT\nBody: \n"
	  "Approved For Release 2004/08/31 : CIA-RDP67-00134R000200060009-3 3 December 1963 The Soviet position is "
	  "unchanged.\n", "kind", "memorandum", "title line" },
	{ "a cipher office's number with the day and hour the telegram went out",
	  "Skip to content\n\nFebruary 15, 1963\n\nSecret Telegram from Rapacki (Warsaw) to Jaszczuk (Moscow)\n\n"
	  "Warsaw, 15 February, 1963\n\n1689 15.II.63 at 12:10 hours\n\nYour conversations with Gromyko:\n\n"
	  "We hope that it is clear to them.\n", "number", "1689", "number line" },
	{ "a number alone under the telegram's record of its receipt, a day and an hour",
	  "October 4, 1963\nSecret Telegram from Maneli (Saigon) to Spasowski (Warsaw)\nSaigon\n"
	  "Dispatched 10.04.63 at 11:10 hours\nReceived [in Warsaw] 10.08.63 at 09:00 hours\n"
	  "Came into the Decoding Department on 10.08.63 at 10:10 hours\nNo. 12830\nSpasowski\n"
	  "1. I am trying to carry out the instructions within my capabilities.\n", "number", "12830", "number line" },
	{ "a date on the line under one ending 'dated' is the date the reference cites, no date line",
	  "PROCEDURES FOR MONITORING THE FLOW OF CABLE TRAFFIC\nDocument Type:\nContent Type:\nMF\nBody:\n"
	  "MEMORANDUM FOR: Director of Central Intelligence\nSUBJECT: Procedures for Monitoring the Flow of\nCable Traffic\n"
	  "REFERENCE: Action Memorandum No. A-359 dated\n28 January 1964\n1. Pursuant to the referent Action Memorandum I "
	  "have had a review made.\n", "date", NULL, NULL },
	{ "the paper's memorandum header outweighs a kind word in the catalogue's title in capitals, its subject line",
	  "REPORT OF CABLE SECRETARIAT OPERATIONS\nDocument Type:\nPublication Date:\nApril 7, 1967\nContent Type:\nMF\n"
	  "Body:\nApproved For Release 2001/08/01 : CIA-RDP84-00499R000600020060-3\n7 April 1967\n"
	  "MEMORANDUM FOR: Executive Director-Comptroller\nSUBJECT: Report of Cable Secretariat Operations\n"
	  "A. During the month of March 1967 we completed nearly 68,000 items.\n", "kind", "memorandum", NULL },
	{ "a worn scan's 'MEMORANDUM FOR' (M read as N, A as L) in a line run on",
	  "Publication Date: \nAugust 15, 1955\nContent Type: \nPDF icon CIA-RDP63.pdf145.66 KB\n"
	  "Approved For Release 2000/09/08 : CIA-RDP63-00309A000100030076-0\nNO FgrRefease in ulasb ? "
	  "DECLA ED Class. NENORLEDUM FOR' Deputy Director of Central Intelligence SUBJECT Proposal for the Organisation of an "
	  "Action Unit. 1. I concur in the desirability of providing an action unit within the Agency and of training "
	  "personnel for service in it.\n", "kind", "memorandum", "memorandum header" },
	{ "... not another word ending so ('REFERENDUM FOR')",
	  "Publication Date: \nAugust 15, 1955\nContent Type: \nPDF icon CIA-RDP63.pdf145.66 KB\n"
	  "Approved For Release 2000/09/08 : CIA-RDP63-00309A000100030076-0\nNO FgrRefease in ulasb ? "
	  "DECLA ED Class. THE REFERENDUM FOR INDEPENDENCE SUBJECT Proposal for the Organisation of an Action Unit. 1. We "
	  "concur in the desirability of providing an action unit within the Agency and of training personnel.\n",
	  "kind", NULL, NULL },
	{ "a documentary collection's 'Document No. 3' alone on its line, the paper's heading under it",
	  "PDF\nePub\n\nDocument No. 3\n\nCipher Telegram from Soviet Ambassador Anatoly Dobrynin to CPSU Central Committee, "
	  "26 November 1963\n\n[Source: Yeltsin Documents, US National Archives.]\n\nTOP SECRET\n\nPlease note Oswald's "
	  "letter of 9 November, the text of which was transmitted to Moscow.\n",
	  "title", "Cipher Telegram from Soviet Ambassador Anatoly Dobrynin to CPSU Central Committee, 26 November 1963",
	  "title line" },
	{ "... the heading's date the paper's", "PDF\nePub\n\nDocument No. 3\n\nCipher Telegram from Soviet Ambassador Anatoly Dobrynin to CPSU Central Committee, "
	  "26 November 1963\n\n[Source: Yeltsin Documents, US National Archives.]\n\nTOP SECRET\n\nPlease note Oswald's "
	  "letter of 9 November, the text of which was transmitted to Moscow.\n", "date", "1963-11-26", "title line" },
	{ "the reading room's Content Type REGULATION: an agency's standing order to its staff, a directive",
	  "SECURITY OF CLASSIFIED DOCUMENTS\nDocument Type:\nPublication Date:\nMay 11, 1950\nContent Type:\nREGULATION\n"
	  "Body:\nApproved For Release 2001/09/03 : CIA-RDP81-00728R000100020023-7\n1. General Policy\nIt is the general "
	  "policy of the Agency.\n", "kind", "directive", "label" },
	{ "'information' further on in a title is the subject's word, no kind",
	  "DISSEMINATION OF CIA-PRODUCED INTELLIGENCE AND INFORMATION\nDocument Type:\nPublication Date:\nMay 11, 1950\n"
	  "Content Type:\nREGULATION\nBody:\nApproved For Release 2001/09/03 : CIA-RDP81-00728R000100020023-7\n"
	  "1. General Policy\nIt is the general policy of the Agency.\n", "kind", "directive", "label" },
	{ "... opening it, the socialist states' 'Information', a report",
	  "Skip to content\n\nJune 5, 1964\n\nInformation about the Results of the Negotiations with President Nasser\n\n"
	  "Text.\n", "kind", "report", "title line" },
	{ "a received telegram form whose receipt line spells the word out, an hour after it ('Recorded 12:55 a.m.')",
	  "Text Version\n\nHM\nThis telegram must be paraphrased before being communicated to\nanyone (SC)\nLondon\n"
	  "Dated November 26, 1941\nRecorded 12:55 a.m.\n\nSecretary of State,\nWashington.\nTRIPLE PRIORITY.\n"
	  "5670, November 26, 6 a.m.\nFOR THE PRESIDENT FROM THE FORMER NAVAL PERSON\n\n\"Your message about Japan received "
	  "tonight. Also full accounts from Lord Halifax of discussions.\"\n", "kind", "telegram", "received telegram form" },
	{ "... and its number before the day and hour it was sent", "Text Version\n\nHM\nThis telegram must be paraphrased before being communicated to\nanyone (SC)\nLondon\n"
	  "Dated November 26, 1941\nRecorded 12:55 a.m.\n\nSecretary of State,\nWashington.\nTRIPLE PRIORITY.\n"
	  "5670, November 26, 6 a.m.\nFOR THE PRESIDENT FROM THE FORMER NAVAL PERSON\n\n\"Your message about Japan received "
	  "tonight. Also full accounts from Lord Halifax of discussions.\"\n", "number", "5670", "received telegram form" },
	{ "... and its address typed double-spaced, its office and its seat a blank line apart",
	  "Text Version\n\nHM\n\nLondon\n\nDated November 26, 1941\n\nRecorded 12:55 a.m.\n\nSecretary of State,\n\n"
	  "Washington.\n\nTRIPLE PRIORITY.\n\n5670, November 26, 6 a.m.\n\n\"Your message about Japan received tonight.\"\n",
	  "to", "Secretary of State", "received telegram form" },
	{ "... and its line in capitals naming whom it is for and from, under its place over the date",
	  "Text Version\n\nHM\n\nLondon\n\nDated November 26, 1941\n\nRecorded 12:55 a.m.\n\nSecretary of State,\n\n"
	  "Washington.\n\n5670, November 26, 6 a.m.\n\nFOR THE PRESIDENT FROM THE FORMER NAVAL PERSON\n\n\"Your message "
	  "about Japan received tonight.\"\n", "from", "The Former Naval Person", "personal line" },
	{ "a stenographic (shorthand, verbatim) protocol or record is the meeting word for word, a transcript",
	  "Skip to content\n\nFebruary 19, 1963\n\nStenographic Protocol of the Meeting between Todor Zhivkov and Raul "
	  "Castro\n\nText.\n", "kind", "transcript", "title line" },
	{ "... a protocol alone stays one",
	  "Skip to content\n\nOctober 30, 1956\n\nProtocol No. 58 of the Meeting of the Political Bureau of the CC of the "
	  "RWP\n\nText.\n", "kind", "protocol", "title line" },
	{ "the record of a body's meeting, no one's talk with another, is minutes",
	  "Skip to content\n\nMarch 17, 1979\n\nSummary of a CC CPSU Meeting\n\nText.\n", "kind", "minutes", "title line" },
	{ "... a meeting of one leader with another is a record of conversation",
	  "Skip to content\n\nAugust 1, 1961\n\nRecord of Meeting of Comrade N.S. Khrushchev with Comrade W. Ulbricht\n\n"
	  "Text.\n", "kind", "record of conversation", "title line" },
	{ "a paper's kind and number typed in capitals on a line of their own, the number ending it",
	  "THE WHITE HOUSE\nWASHINGTON\nNovember 26, 1963\nNATIONAL SECURITY ACTION MEMORANDUM NO. 273\n"
	  "TO: The Secretary of State\nThe Secretary of Defense\nThe President has reviewed the discussions of South "
	  "Vietnam which\noccurred in Honolulu.\n", "number", "273", "heading line" },
	{ "... and its kind", "THE WHITE HOUSE\nWASHINGTON\nNovember 26, 1963\nNATIONAL SECURITY ACTION MEMORANDUM NO. 273\n"
	  "TO: The Secretary of State\nThe Secretary of Defense\nThe President has reviewed the discussions of South "
	  "Vietnam which\noccurred in Honolulu.\n", "kind", "memorandum", "heading line" },
	{ "an intelligence estimate is a report",
	  "39. National Intelligence Estimate1\n\nNIE 100\xe2\x80\x93" "7\xe2\x80\x93" "55\n\nThe focus of this "
	  "estimate is primarily on prospective trends in the global power struggle.\n", "kind", "report", "heading" },
	{ "a series' designation on a line of its own under the heading is the paper's number",
	  "INRNIE files\n\nNo. 627\nNational Intelligence Estimate1\n\ntop secret\nNIE 11\xe2\x80\x93" "4\xe2\x80\x93" "54\n\n"
	  "Soviet Capabilities and Probable Courses of Action Through Mid-1959\n\nthe problem\n\nTo estimate Soviet "
	  "capabilities.\n", "number", "NIE 11\xe2\x80\x93" "4\xe2\x80\x93" "54", "designation line" },
	{ "... not one in parentheses that names another",
	  "17. National Intelligence Estimate1\n\n(Supersedes NIE 100\xe2\x80\x93" "3\xe2\x80\x93" "57)\n\nESTIMATE OF "
	  "THE WORLD SITUATION\n\n1. The year 1957 saw some improvement.\n", "number", NULL, NULL },
	{ "a compilation's name over the edition's numbered heading of the paper: the heading is the title",
	  "Department Seal FOREIGN RELATIONS OF THE UNITED STATES\n1964-1968, Volume XXIV\nAfrica\n\nDepartment of State\n"
	  "Washington, DC\n\nflag bar\n\nAfrica Region\n\n181. Memorandum From William H. Brubeck of the National "
	  "Security Council Staff to President Johnson/1/\n\nWashington, January 29, 1964.\n\n/1/Source: Johnson Library.\n\n"
	  "Chicom Activity in Africa\n\nWe are concerned by evidence of growing Chinese Communist effort.\n",
	  "title", "Memorandum From William H. Brubeck of the National Security Council Staff to President Johnson", NULL },
	{ "a memorandum's head run into a scanned line: its date right before its To and From, their colons lost",
	  "UNCLASSIFIED U S Department of State Case No F-2016-07743 Doc No C17980027 Date 07 31 2017 Limited Official Use "
	  "RELEASE IN FULL April 17 1972 To S PC - Mr Cargo From Jac Perry Dissent The Soviet Union and Vietnam Through the "
	  "Department's established procedure I wish to submit my strongly held views on this critical subject\n", "date", "1972-04-17", "head line" },
	{ "... and its kind", "UNCLASSIFIED U S Department of State Case No F-2016-07743 Doc No C17980027 Date 07 31 2017 Limited Official Use "
	  "RELEASE IN FULL April 17 1972 To S PC - Mr Cargo From Jac Perry Dissent The Soviet Union and Vietnam Through the "
	  "Department's established procedure I wish to submit my strongly held views on this critical subject\n", "kind", "memorandum", "head line" },
	{ "an edition's numbered heading with an ordinal in it ('the 296th Meeting') is still the heading",
	  "13. Memorandum of Discussion at the 296th Meeting of the National Security Council1\n\nPresent at the 296th "
	  "meeting of the Council were the President of the United States, presiding.\n",
	  "title", "Memorandum of Discussion at the 296th Meeting of the National Security Council", "heading" },
	{ "... its note's marker glued to the closing year of its place and date ('September 6, 19561')",
	  "13. Memorandum of Discussion at the 296th Meeting of the National Security Council, Washington, September 6, "
	  "19561\n\nPresent at the 296th meeting of the Council were the President of the United States, presiding.\n",
	  "date", "1956-09-06", "heading" },
	{ "the discussion at a body's meeting ('Memorandum of Discussion at the 296th Meeting of the ...') is minutes",
	  "13. Memorandum of Discussion at the 296th Meeting of the National Security Council1\n\nPresent at the 296th "
	  "meeting of the Council were the President of the United States, presiding.\n", "kind", "minutes", "heading" },
	{ "a title of more words than a talk's two sides are looked for in ('... Brezhnev\xe2\x80\x93Kania Conversation' its "
	  "24th and 25th) is read, not past its words (a crash at the 458,000th letter of a million)",
	  "Information about the long and difficult matters raised again and again by the delegations of both parties during "
	  "their long visit to capital Brezhnev\xe2\x80\x93Kania Conversation\n\nOctober 5, 1980\n\nThe talks went on.\n",
	  "date", "1980-10-05", NULL },
	{ "an edition's heading dated by a range of days ('November 3\xe2\x80\x93" "4, 19561') is the heading, of its first day",
	  "162. Telegram From the Legation in Hungary to the Department of State, November 3\xe2\x80\x93" "4, 19561\n\n"
	  "The Minister is out at present. Have someone out looking for him.\n",
	  "title", "Telegram From the Legation in Hungary to the Department of State, November 3\xe2\x80\x93" "4, 1956",
	  "heading" },
	{ "... and its date is its first day",
	  "162. Telegram From the Legation in Hungary to the Department of State, November 3\xe2\x80\x93" "4, 19561\n\n"
	  "The Minister is out at present. Have someone out looking for him.\n",
	  "date", "1956-11-03", "heading" },
	{ "a place set over a letter in capitals is no signer",
	  "Published in English for the first time in Collected Works, Volume 42\nIN MANCHESTER\n"
	  "London, 3 May 1868\nDear Fred,\nThe books came on Monday and I have read them since. Tussy is well.\n"
	  "Further, the proofs from Hamburg are here; what do you think of the preface? So far it has not been pressing.\n",
	  "from", NULL, NULL },
	{ "a header's value run on into its text is no party",
	  "Approved For Release 2003/08/05 : CIA-RDP80B01676R000400090029-0 10 July 1964 MEMORANDUM FOR: DDP DD/S John Smith "
	  "has discussed the attached with General Carter who believes that you two gentlemen have a very active interest in "
	  "all this. He invites your comments before moving the thing along to DCI.\n",
	  "to", NULL, NULL },
	{ "an edition's heading in capitals names the writer, over the letter's dateline",
	  PAGE_MARX_1868,
	  "from", "Marx", "edition heading" },
	{ "... and the addressee, over the salutation's first name",
	  PAGE_MARX_1868,
	  "to", "Engels", "edition heading" },
	{ "a cable about a meeting names the meeting's sides, not its sender: its form's labels and signature say more",
	  "Cable on Meeting Between CNEA President Carlos Lopez and Brazilian Ambassador Jorge Silva\n\nJanuary 28, 1980\n\n"
	  "From: Embassy in Buenos Aires\nTo: Foreign Ministry\nNo. 10\n\nThe president received me today at his office.\n\n"
	  "(Signed) Jorge Silva\n",
	  "from", "Jorge Silva (Embassy in Buenos Aires)", "labelled line" },
	{ "a report on a visit names the visitor and the place he visited, no recipient",
	  "Report on Visit of Soviet Ambassador Ivan Petrov to Polish Foreign Ministry\n\nMarch 3, 1969\n\n"
	  "On March 2, 1969, the Soviet ambassador called on State Secretary Nowak at his own request.\n",
	  "to", NULL, NULL },
	{ "a post's place of two words is no holder's name ('Embassy in Buenos Aires')",
	  "Cable\n\nJanuary 28, 1980\n\nFrom: Embassy in Buenos Aires\nTo: Foreign Ministry\nNo. 10\n\n"
	  "The president received me today at his office.\n",
	  "from", "Embassy in Buenos Aires", "labelled line" },
	{ "relations between two countries are a note's subject, not its sides",
	  "February 13, 1981\n\nNote on the Relations between Hungary and Cuba\n\nThe relations developed well in the "
	  "past year, and trade grew.\n",
	  "from", NULL, NULL },
	{ "a member of a body is his office, not a party named Member",
	  "May 5, 1980\n\nInformation about a Conversation of Comrade Karl Weber, Member of the Politburo, with Comrade "
	  "Ali Rezai on 3 May 1980\n\nThe talk took place in a friendly atmosphere.\n",
	  "from", "Karl Weber (Member of the Politburo)", "title line" },
	{ "an office joined by 'and' to the office before is the same holder's",
	  "May 5, 1980\n\nInformation about a Conversation of Comrade Karl Weber, Member of the Politburo and Secretary of "
	  "the Central Committee of the SED, with Comrade Ali Rezai on 3 May 1980\n\nThe talk took place in a friendly "
	  "atmosphere.\n",
	  "from", "Karl Weber (Member of the Politburo)", "title line" },
	{ "a label and its value closed by a colon are no address",
	  "June 25, 1962\n\nReport on a Talk with the Minister of Industry\n\nWritten: in four copies:\n\nSubject: a visit\n\n"
	  "I was received by the minister on 15 June and we had a conversation lasting one hour.\n",
	  "to", NULL, NULL },
	{ "a printed collection's running head with its web address is no paragraph of the paper",
	  "Documents on the Fall of the Berlin Wall and the End of the German Democratic Republic November 2004 Second "
	  "Edition www.example.org/wall Edited by Jane Roe and John Doe and Others ______\n\n"
	  "Memorandum of Meeting between the General Secretary of the SED (Krenz) and the Ambassador of the USSR "
	  "(Kochemasov), 12 November 1989\n\nINFORMATION\n\nThe meeting dealt with the situation in the capital.\n",
	  "date", "1989-11-12", "title line" },
	{ "a summary's subject with initials sends, as a guess",
	  PAGE_PETROV_1968,
	  "from", "Petrov", "summary" },
	{ "... and whom it reports to receives, as a guess",
	  PAGE_PETROV_1968,
	  "to", "the CPSU CC", "summary" },
	{ "a reception by a host of a guest: the host is one side",
	  "March 2, 1966\n\nTranscript of the Discussions on the Occasion of the Reception by Comrade G. Maurer of "
	  "J. Kowal, Member of the Central Committee\n\nThe discussions began at 1800 hrs.\n",
	  "from", "Maurer", "title line" },
	{ "a reception of a guest by a host: the guest is the other side",
	  "March 2, 1966\n\nNote on the Reception of the Polish Ambassador Jan Kowal by Comrade Ion Maurer\n\n"
	  "The discussions began at 1800 hrs.\n",
	  "to", "Jan Kowal", "title line" },
	{ "an audience granted by a host to a guest: the host is one side, not the record's participle",
	  "March 8, 1973\n\nMinutes of Conversation Taken on the Occasion of the Audience Granted by Comrade Nicolae "
	  "Ceausescu to the Delegation of the Central Committee of the Workers' Party of Korea\n\nThe following comrades "
	  "took part.\n",
	  "from", "Nicolae Ceausescu", "title line" },
	{ "... the guest, a body named with its article, the other",
	  "March 8, 1973\n\nMinutes of Conversation Taken on the Occasion of the Audience Granted by Comrade Nicolae "
	  "Ceausescu to the Delegation of the Central Committee of the Workers' Party of Korea\n\nThe following comrades "
	  "took part.\n",
	  "to", "the Delegation of the Central Committee of the Workers' Party of Korea", "title line" },
	{ "a record's title naming its sitting, over the letter that sent it, is no address of that letter",
	  "Skip to content\n\nFebruary 26, 1959\n\nReception of the Government Delegation of the Iraqi Republic by N.S. "
	  "Khrushchev\n\nThis document was made possible with support from Blavatnik Family Foundation\n\nTo Cde. G.T. "
	  "Shuisky\n\nI am enclosing with this eight copies of the transcript.\n",
	  "title", "Reception of the Government Delegation of the Iraqi Republic by N.S. Khrushchev", "title line" },
	{ "a reception of a side named in the first person: the writer's own account, no sender named",
	  "October 4, 1961\n\nAccount on the Reception of the Delegation of Our Party by Comrade Kim Il Sung\n\n"
	  "Even though Comrade Manush knows well what was talked about at the meeting, we present this account.\n",
	  "from", NULL, NULL },
	{ "... nor the other side its recipient",
	  "October 4, 1961\n\nAccount on the Reception of the Delegation of Our Party by Comrade Kim Il Sung\n\n"
	  "Even though Comrade Manush knows well what was talked about at the meeting, we present this account.\n",
	  "to", NULL, NULL },
	{ "... but 'US' in capitals is the country, no first person",
	  "March 2, 1966\n\nNote on the Reception of the US Ambassador John Cabot by Comrade Zhou Enlai\n\n"
	  "The discussions began at 1800 hrs.\n",
	  "from", "Zhou Enlai", "title line" },
	{ "a reception given by a host for a guest, an office's own 'to' passed over",
	  "May 3, 1961\n\nRecord of the Reception Given by the Ambassador to Cuba Ivan Petrov for Che Guevara\n\n"
	  "The talk lasted an hour.\n",
	  "to", "Che Guevara", "title line" },
	{ "a record of a conversation between two, written in the first person by the second: he is its sender",
	  "October 30, 1973\n\nMemorandum on the Conversation between Kim Il Sung and Todor Zhivkov\n\nFirst of all, I "
	  "would like to point out that during our visit to Korea our delegation was bestowed with extraordinary attention "
	  "and hospitality.\n\nI will cover some aspects of our conversations with comrade Kim Il Sung at the official "
	  "meeting of the two delegations.\n",
	  "from", "Todor Zhivkov", "title line" },
	{ "... whose address, not the first side, is its recipient",
	  "September 6, 1953\n\nMinutes of Meeting between R.K. Nehru and Ambassador Yuan\n\nTo the Ministry of Foreign "
	  "Affairs\n\nR.K. Nehru had a meeting with me yesterday and the meeting minutes are as follows: I was given a "
	  "memorandum that provided further details about the foregoing attitudes and I was expected to forward it.\n",
	  "to", "the Ministry of Foreign Affairs", "address" },
	{ "... not when the text names both sides",
	  "October 30, 1973\n\nMemorandum on the Conversation between Kim Il Sung and Todor Zhivkov\n\nFirst of all, I "
	  "would like to point out that Comrade Zhivkov was bestowed with extraordinary attention and hospitality.\n\nI "
	  "will cover some aspects of the conversations of Zhivkov with comrade Kim Il Sung at the official meeting.\n",
	  "from", "Kim Il Sung", "title line" },
	{ "a note taken from a conversation names its sides, no sender after 'from'",
	  "September 7, 1970\nUrgent Note from the Conversation of Jan Nowak with the New Ambassador Li Ming\nWarsaw, "
	  "September 7, 1970\nI declared our interest in developing friendly relations.\n",
	  "from", "Jan Nowak", "title line" },
	{ "an office in lower case before its holder's name after a comma is the holder's",
	  "September 7, 1970\nUrgent Note from the Conversation of Jan Nowak with the New PRC ambassador to Poland, Comrade "
	  "Li Ming\nWarsaw, September 7, 1970\nI declared our interest in developing friendly relations.\n",
	  "to", "Li Ming (New PRC ambassador to Poland)", "title line" },
	{ "'to' and a verb in a subject is an aim, no recipient",
	  "24 January 1975\n\nUSE OF SECURE TELEPHONES TO PROVIDE AGENCY VIEWS ON EMBASSY REPORTING\n\n"
	  "1. The question has been raised whether the Agency may comment by telephone.\n",
	  "to", NULL, NULL },
	{ "a holder in parentheses closes his office: none is looked for after it, and its body's 'and' stays in it",
	  "26. Memorandum From Wells to the Assistant Secretary of State (Todd) and the Director of the Bureau of "
	  "Intelligence and Research (Saunders)\n\nSUBJECT\n\nComments\n\n1. The following information was obtained by a "
	  "regular source.\n",
	  "to", "Todd (Assistant Secretary of State); Saunders (Director of the Bureau of Intelligence and Research)",
	  "heading" },
	{ "an address line that lists the title's addressee and more gives all of them",
	  "March 5, 1965\nCable from the Chinese Embassy in Hanoi to the Ministry of Foreign Affairs, 'Reporting on the "
	  "Talks'\nMinistry of Foreign Affairs Cable\nTo the Ministry of Foreign Affairs and Ministry of Foreign Trade:\n"
	  "On the afternoon of March 5th, an attache from our embassy met with an attache from the embassy who is "
	  "responsible for trade.\n",
	  "to", "the Ministry of Foreign Affairs; Ministry of Foreign Trade", "heading" },
	{ "a sitting's record, its kind in brackets at the end, is of that kind",
	  PAGE_OKITA_1980,
	  "kind", "record of conversation", "title line" },
	{ "... and the sitting's sides are its parties",
	  PAGE_OKITA_1980,
	  "from", "Okita", "title line" },
	{ "an airgram's series number opens its text ('A\xe2\x80\x93" "312. Subject: ...')",
	  "21. Airgram From the Legation in Romania to the Department of State\n\nA\xe2\x80\x93" "312. Subject: Conversation "
	  "with the Foreign Minister.\n\nDate: March 6, 1963\n\nThe Minister welcomed me and asked about my visit.\n",
	  "number", "A\xe2\x80\x93" "312", "telegram number" },
	{ "a number among a telegram form's labelled records of sending and receipt is the form's",
	  "October 26, 1962\n\nTelegram from Yugoslav Embassy in Lima to Yugoslav Foreign Ministry\n\n"
	  "Ministry of Foreign Affairs, FPRY\n\nSending: Lima\n\nReceived: 27.X 62. at 08.40\n\nNo. 512\n\n"
	  "Taken into process: 27.X 62. at 08.40\n\nThe president said much.\n",
	  "number", "512", "number line" },
	{ "a note from a conversation records it",
	  "September 7, 1970\nNote from the Conversation of Jan Nowak with Ambassador Li Ming\nWarsaw, September 7, 1970\n"
	  "I declared our interest in developing friendly relations.\n",
	  "kind", "record of conversation", "title line" },
	{ "notes taken during a meeting record it",
	  "June 6, 1959\n\nNotes taken during a Meeting between Mehmet Shehu and Kim Il\n\nThe meeting began at ten.\n",
	  "kind", "record of conversation", "title line" },
	{ "a manuscript catalogue's entry names the author ...",
	  PAGE_JAY_1786,
	  "from", "John A. Jay", "catalogue entry" },
	{ "... and the addressee after 'to'",
	  PAGE_JAY_1786,
	  "to", "Thomas Jefferson", "catalogue entry" },
	{ "a scan's text run into one line from the page's top is read for its memorandum's header",
	  "THE WHITE HOUSE WASHINGTON SECRET ACTION MEMORANDUM FOR: THE PRESIDENT FROM: ROBERT SMITH SUBJECT: "
	  "Conversations in Havana The attached report gives an account of the conversations held in Havana by two of our "
	  "officials with members of the Cuban leadership during the second week of the month, and it sets out what they "
	  "were told about the release of prisoners and about the trade in medicines which has been the subject of several "
	  "exchanges since the spring. It was agreed that a further meeting would take place in the autumn and that the "
	  "officials would report again on what was said then, and on any steps the other side may take in the meantime "
	  "towards the matters raised in the talks. A copy goes to the Secretary of State.\n",
	  "from", "Robert Smith", "memorandum header" },
	{ "an editor's lead line: the paper's day, where, a dash and what it is",
	  "How the talks went in Moscow in August 1968\n\n20. 8. 2014\n\nreading time 25 minutes\n\n27 August 1968, "
	  "Moscow. - Record of the talks of the Czechoslovak delegation with the Soviet leadership.\n\nWe publish it with "
	  "the kind permission of the Institute.\n",
	  "date", "1968-08-27", "dateline" },
	{ "a telegram's number opening its text before a dash ('104. - Continuing ...')",
	  "October 29, 1962\nTelegram from Mexican Embassy, Warsaw\nTRANSLATION OF CODED TELEGRAM\nWarsaw, 29 October 1962\n"
	  "RELACIONES MEXICO\n117. - Continuing on from my 98. Panic purchases meant that the population ran out of food.\n",
	  "number", "117", "telegram number" },
	{ "a registry's number and year alone on a line over the paper's kind is its number",
	  "Memorandum of Meeting between the General Secretary (Kadar) and the Ambassador (Ivanov), 3 May 1979\n\n"
	  "212/79\n\nINFORMATION\n\non the meeting between Com. Kadar and Com. Ivanov\n\nBudapest, 3 May 1979\n\n"
	  "The meeting dealt with relations.\n",
	  "number", "212/79", "number line" },
	{ "a registry's number before the paper's classification ('96/7/Top Secret. 1956.') is its number",
	  "Skip to content\n\nSeptember 10, 1956\n\nReport, Embassy of Hungary in China to Hungarian Foreign Ministry\n\n"
	  "The Embassy of the Hungarian People's Republic.\n\n\n41/3/Top Secret. 1956. I/3.\nPresenter: Janos Kiss\n\n\n"
	  "Top Secret.\n\n\nBeijing, 10 September 1956.\n\n\nSubject: Visit to Comrade Chen Yi.\n\n\nSince presenting my "
	  "credentials we have made five requests.\n",
	  "number", "41/3", "number line" },
	{ "a series of papers of one kind named before its number on a line of its own ('China Information No. 34069')",
	  "Skip to content\n\nMarch 2, 1968\n\nPremier Sato's Visit to Taipei\n\nIndefinite Duration\n\n"
	  "Asia Information No. 41207\n\nNo. 1212\n\nPremier Sato's Visit to Taipei\n\nMarch 2, 1968\n\nChina Division\n\n"
	  "The Premier made an official visit from February 20 to February 24.\n",
	  "number", "41207", "number line" },
	{ "an office set before its holder by commas is one side of a meeting (the host)",
	  PAGE_KOWALSKI_1975,
	  "from", "Jan Kowalski (Polish Deputy Foreign Minister)", "title line" },
	{ "... and the other side is the guest, not the host's name",
	  PAGE_KOWALSKI_1975,
	  "to", "Luis Perez (Cuban Ambassador to Poland)", "title line" },
};

/* A field of d as the rules name it: parties "Name (Office); Name". */
static char *field_of(const struct doc *d, const char *f)
{
	if (strcmp(f, "from") == 0 || strcmp(f, "to") == 0) {
		const struct strv *v = f[0] == 'f' ? &d->from : &d->to;
		const struct strv *o = f[0] == 'f' ? &d->from_office : &d->to_office;
		if (v->n == 0)
			return NULL;
		struct buf b;
		buf_init(&b);
		for (size_t i = 0; i < v->n; i++) {
			if (i)
				buf_adds(&b, "; ");
			buf_adds(&b, v->v[i]);
			if (i < o->n && o->v[i][0])
				buf_printf(&b, " (%s)", o->v[i]);
		}
		return buf_detach(&b);
	}
	const char *v = strcmp(f, "title") == 0	     ? d->title
			: strcmp(f, "date") == 0     ? d->date
			: strcmp(f, "kind") == 0     ? d->kind
			: strcmp(f, "number") == 0   ? d->number
			: strcmp(f, "place") == 0    ? d->place
			: strcmp(f, "summary") == 0  ? d->summary
			: strcmp(f, "source") == 0   ? d->source
			: strcmp(f, "language") == 0 ? d->language
			: strcmp(f, "url") == 0	     ? d->url
						     : NULL;
	return v ? xstrdup(v) : NULL;
}

int main(void)
{
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		const struct rule *r = &rules[i];
		size_t n;
		struct text_report rep;
		char *t = text_normalise(r->page, strlen(r->page), &n, &rep);
		struct doc *d = import_text_parse(t, n, NULL);
		char *got = field_of(d, r->field);
		printf("# %s\n", r->what);
		CHECK_STR(got, r->want);
		if (r->source != NULL) {
			const struct doc_source *s = doc_source_of(d, r->field);
			CHECK_STR(s ? s->source : NULL, r->source);
		} else if (r->want == NULL) {
			CHECK(doc_source_of(d, r->field) == NULL);
		}
		free(got);
		free(t);
		doc_free(d);
	}
	/* "Premier Wang [Li]" where the page prints "Wang Li" whole: the
	 * editor completed the name, no pseudonym; "Filippov [Stalin]" is */
	const char *al = "Skip to content\n\nMay 3, 1964\n\nRecord of Conversation between Premier Wang Li and Kofi Mensah\n\n"
			 "Premier Wang [Li]: Welcome.\n\nKofi Mensah: Filippov [Stalin] sends greetings.\n";
	size_t aln;
	struct text_report alr;
	char *alt = text_normalise(al, strlen(al), &aln, &alr);
	struct doc *ad = import_text_parse(alt, aln, NULL);
	int wang = 0, filippov = 0;
	for (size_t i = 0; i < ad->naliases; i++) {
		wang |= strcmp(ad->aliases[i].name, "Wang") == 0;
		filippov |= strcmp(ad->aliases[i].name, "Filippov") == 0 && strcmp(ad->aliases[i].canonical, "Stalin") == 0;
	}
	printf("# a name completed in brackets is no alias; a pseudonym is\n");
	CHECK(!wang);
	CHECK(filippov);
	doc_free(ad);
	free(alt);
	/* "[Page 12]" in an edition's page text is a page break, no note */
	const char *pg = "The Secretary of State to the Ambassador in France (Edge)\n\n324. You are ordered [Page 12] to "
			 "report.\n\n[Page [XIV]]\n\nMore.\n";
	struct doc *d = import_text_parse(pg, strlen(pg), NULL);
	CHECK_INT(d->npages, 2);
	CHECK_INT(d->nnotes, 0);
	CHECK_STR(d->npages ? d->pages[0].n : NULL, "12");
	CHECK_STR(d->npages > 1 ? d->pages[1].n : NULL, "XIV");
	CHECK(d->npages && strncmp(d->body + d->pages[0].offset, "[Page 12]", 9) == 0);
	doc_free(d);
	return test_done();
}
