/* lexicon.c: the header reader's words (see lexicon.h). Each table was
 * read off real pages of the archives our users bring; a word goes in
 * when a page shows it, with what it is evidence of. */
#include "dossier/lexicon.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Weights as header_priv.h names them: 10 sure, 8 strong, 6 good, 4 fair. */
const struct lex_label lex_labels[] = {
	/* The Wilson Center's pages and their Markdown exports. */
	{ "Citation", LF_CITATION, 8, 1 },
	{ "Summary", LF_SUMMARY, 10, 1 },
	{ "Original Language", LF_LANGUAGE, 10, 1 },
	{ "Original Languages", LF_LANGUAGE, 10, 1 },
	{ "Language", LF_LANGUAGE, 10, 0 },
	{ "Languages", LF_LANGUAGE, 10, 0 },
	{ "Translated by", LF_TRANSLATOR, 10, 0 },
	{ "Translator", LF_TRANSLATOR, 10, 0 },
	{ "Source", LF_SOURCE, 10, 0 },
	{ "Original Archive", LF_SOURCE, 10, 1 },
	{ "Archive", LF_SOURCE, 10, 0 },
	{ "Record ID", LF_RECORD_ID, 10, 1 },
	{ "Date", LF_DATE, 10, 0 },
	{ "Document Date", LF_DATE, 10, 0 },
	{ "Title", LF_TITLE, 10, 0 },
	{ "Document Title", LF_TITLE, 10, 0 },
	{ "URL", LF_URL, 10, 0 },
	{ "Link", LF_URL, 10, 0 },
	{ "Credits", LF_DROP, 0, 1 },
	{ "Contents", LF_CONTENTS, 0, 1 },
	{ "Original Uploaded Date", LF_DROP, 0, 1 },
	{ "Associated People & Organizations", LF_DROP, 0, 1 },
	{ "Associated People and Organizations", LF_DROP, 0, 1 },
	{ "Associated People", LF_DROP, 0, 1 },
	{ "Associated Organizations", LF_DROP, 0, 1 },
	{ "Associated Places", LF_DROP, 0, 1 },
	{ "Associated Topics", LF_DROP, 0, 1 },
	{ "Subjects Discussed", LF_DROP, 0, 0 },
	{ "Theme", LF_DROP, 0, 0 },
	{ "Themes", LF_DROP, 0, 0 },
	{ "Type", LF_KIND, 6, 0 },
	{ "Record Type", LF_KIND, 6, 0 },
	{ "Donors", LF_DROP, 0, 0 },
	{ "Donor", LF_DROP, 0, 0 },
	{ "Funders", LF_DROP, 0, 0 },
	{ "Rights", LF_DROP, 0, 0 },
	{ "Collections", LF_DROP, 0, 0 },
	{ "Collection", LF_DROP, 0, 0 },
	{ "Related Documents", LF_DROP, 0, 0 },
	{ "Keywords", LF_DROP, 0, 0 },
	{ "Available Translations", LF_DROP, 0, 0 },
	{ "Publication", LF_DROP, 0, 0 },
	{ "Document Information", LF_CITATION, 8, 0 },
	/* The CIA reading room's catalogue block. Its "Document Creation
	 * Date" is the catalogue's and its release date the release's; the
	 * "Publication Date" is the paper's as the cataloguer read it. */
	{ "Document Type", LF_KIND, 6, 0 },
	{ "Content Type", LF_KIND, 6, 0 },
	{ "Document Number (FOIA) /ESDN (CREST)", LF_RECORD_ID, 10, 0 },
	{ "Document Number", LF_RECORD_ID, 10, 0 },
	{ "Release Decision", LF_DROP, 0, 0 },
	{ "Original Classification", LF_DROP, 0, 0 },
	{ "Document Page Count", LF_DROP, 0, 0 },
	{ "Document Creation Date", LF_DROP, 0, 0 },
	{ "Document Release Date", LF_DROP, 0, 0 },
	{ "Sequence Number", LF_DROP, 0, 0 },
	{ "Case Number", LF_DROP, 0, 0 },
	{ "Publication Date", LF_DATE, 4, 0 },
	{ "File", LF_DROP, 0, 0 },
	{ "Body", LF_BODY, 0, 0 },
	/* databases of documents ("[Place] Secretary Dulles' Residence,
	 * Washington"), the Thatcher Foundation's "Venue:" */
	{ "Place", LF_PLACE, 6, 0 },
	{ "Venue", LF_PLACE, 6, 0 },
	{ "Full text", LF_BODY, 0, 0 },
	/* the Parallel History Project's document records, their cells run
	 * into one line ("Letter Sender: ..., First Secretary of PZPR
	 * Recipient: ... Language of Original Document: Polish ...") */
	{ "Sender", LF_FROM, 8, 1 },
	{ "Recipient", LF_TO, 8, 1 },
	{ "Language of Original Document", LF_LANGUAGE, 10, 1 },
	{ "Number of Pages", LF_DROP, 0, 1 },
	{ "Cold War Period", LF_DROP, 0, 1 },
	{ "Persons", LF_DROP, 0, 1 },
	{ "Document Source", LF_SOURCE, 10, 1 },
	{ "Call Number", LF_DROP, 0, 1 },
	/* the Stasi's forms in translation: the unit that made the report
	 * ("Service Unit: Main Department XX/AGA") */
	{ "Service Unit", LF_FROM, 8, 0 },
	{ NULL, LF_DROP, 0, 0 },
};

const char *const lex_furniture[] = {
	"Skip to content", "Skip to main content", "Search in", "ADD SEARCH FILTER CANCEL SEARCH FILTER",
	"Digital Archive International History Declassified", "Digital Archive", "International History Declassified",
	"CITATION SHARE DOWNLOAD", "Citation", "get citation", "share document", "Share", "Download", "Print",
	"English HTML", "English PDF", "Original Scan", "Translation", "Transcript", "Original", "Menu", "Search",
	"Email", "Twitter", "Facebook", "Copy link", "Back to top", "Attachment | Size |", "---|---|", "---|---|---|",
	"Share this document", "Download document", "View original", "Home", "Collections",
	"Documents", "Advanced Search", "Browse", "Log in", "Sign in", "Header Image", "Footer Image", "Image",
	"Print this page", "Print page",
	/* German sites' "skip to content" */
	"Direkt zum Seiteninhalt springen", "Zum Inhalt springen", "Zum Hauptinhalt springen",
	/* the State Department's archived web site of 1997-2001 (FRUS
	 * volumes as HTML): its images' names */
	"flag bar", "Great Seal", "Department Seal",
	/* ... and of 2001-2009 (and its mirrors): its masthead and the
	 * Historian's notice under a volume's name */
	"U.S. Department of State", "Skip Links", "[Print Friendly Version]", "Released by the Office of the Historian",
	/* Google Books' page as text: its view buttons, in the languages
	 * its interface speaks ("網頁圖片" / "PDF" / "ePub 版") */
	"PDF", "ePub", "EPUB", "Page images",
	/* Wikisource's pages of scanned books */
	"From Wikisource", "Jump to navigation Jump to search", "Jump to navigation", "Jump to search", "\xe7\xb6\xb2\xe9\xa0\x81\xe5\x9c\x96\xe7\x89\x87",
	"\xe7\xbd\x91\xe9\xa1\xb5\xe5\x9b\xbe\xe7\x89\x87", "ePub \xe7\x89\x88",
	/* the Thatcher Foundation's section headings over its catalogue
	 * entries ("Archive (Thatcher MSS)" is a banner) */
	"Archive", "Large scale document archive", "Personal and party papers, Cambridge", "Speeches, etc.",
	/* an online library's book reader (its buttons over a book's page) */
	"Save to active project", "Go to book overview", "Read book", "Table of contents",
	/* Scoop's notice over its pages (its Cablegate copies of cables) */
	"Scoop has an Ethical Paywall", "License needed for work use Register",
	/* the White House's press releases (the archived sites of 1993-2009):
	 * their print view and release line; the press office issues what
	 * others wrote */
	"Click to print this document", "Return to this article at:", "For Immediate Release",
	"Office of the Press Secretary",
	NULL
};

const char *const lex_furniture_openings[] = {
	LEX_SPONSOR_LINE,
	/* the State Department's archived web site of 1997-2001 */
	"Great Seal The State Department web site below is",
	"The State Department web site below is a permanent electronic archive",
	"NOTE: External links to other Internet sites should not be construed",
	"Department Seal FOREIGN RELATIONS OF THE UNITED STATES",
	/* the archived web site of 2001-2009: its menus run together and the
	 * path to the page ("You are in: ... > Volume XIV") */
	/* Wikisource's notice of a page's proofreading */
	"This page has been proofread", "This page has not been proofread", "This page has been validated",
	"This page needs to be proofread",
	"Other State Department Archive Sites", "Home Issues & Press Travel & Business", "You are in: ",
	"HomeContact UsEmail this Page", "About the State Dept.Press and Public Affairs",
	/* an edition's volume named over its pages ("Foreign Relations of
	 * the United States 1964-1968, Volume XIV"): never one paper's title */
	"Foreign Relations of the United States 1", "Foreign Relations of the United States, 1",
	"The History and Public Policy Program welcomes reuse",
	/* Founders Online's document view under a search: the filter, the
	 * order and the link over the document's own heading */
	"Documents filtered by:", "sorted by:", "Permanent link for this document:",
	"To enquire about this document",
	"To inquire about this document",
	"PDF icon ",
	"You are on page ",
	"Published on CIA FOIA",
	"VIEW DOCUMENT IN",
	"![]()",
	"Digital Archive digitalarchive",
	"\xe2\x80\xa2 Citation",         /* "• Citation" */
	"\xe2\x80\xa2 Share",
	"\xe2\x80\xa2 Download",
	/* web editions' credits: who typed, scanned or marked up the copy,
	 * and when; never the paper's own date or people */
	"OCR and HTML", "OCR & HTML", "HTML and OCR", "OCR by ", "OCR:", "HTML by ", "HTML:", "HTML Markup",
	"Markup by ", "Markup:", "Transcription/Markup", "Transcription/HTML", "Transcribed by ", "Transcribed:",
	"Transcription by ", "Transcription:", "Proofread", "Digitized by ", "Digitised by ", "Scanned by ",
	"Online Version:", "Online version:", "Prepared for marxists.org", "Prepared for the Internet",
	"Copyleft:", "Public Domain:", "Retrieved from ", "Retrieved on ", "Accessed on ", "Last updated",
	"Last modified", "Page last updated",
	/* notices about the reader's browser, cookies and access */
	"Please update your browser", "You're using a version of", "You are using a version of",
	"You are using an outdated", "Your browser is out of date", "To get a better experience",
	"version of your preferred browser", "Please enable JavaScript", "JavaScript is disabled",
	"This website uses cookies", "This site uses cookies", "We use cookies", "In lieu of an abstract",
	NULL
};

const char *const lex_nav_words[] = {
	"Home", "About", "Contact", "Search", "Donate", "Subscribe", "Login", "Links", "News", "Blog", "Glossary",
	"Publications", "Bookstore", "Library", "Timeline", "Menu", "FAQ", "Help", "Events", "Shop", "Store",
	"Support", "Resources", "Sitemap", "Register", "Newsletter", "Podcasts", "Videos", NULL
};

const char *const lex_section_words[] = {
	"letters", "messages", "telegrams", "cables", "memoranda", "memorandums", "documents", "papers", "reports",
	"notes", "dispatches", "despatches", "minutes", "speeches", "statements", "and", "&", "other", "selected",
	"historical", "declassified", "diplomatic", "primary", "sources", "records", NULL
};

const char *const lex_banner_ends[] = {
	"Archive", "Archives", "Collection", "Collections", "Library", "Database", "Project", "Portal",
	"Reader", "Repository", "Website", "Homepage", NULL
};

const char *const lex_archives[] = {
	"Wilson Center Digital Archive", "History and Public Policy Program Digital Archive", "Digital Archive", NULL
};

const char *const lex_contents[] = {
	"English Translation", "Original Scan", "Original Transcription", "Transcript", "Translation",
	"Original Language Transcription", "English Transcription", NULL
};

const struct lex_kind lex_kinds[] = {
	{ "telegram", "telegram" }, { "telegramme", "telegram" }, { "cable", "cable" },
	{ "cablegram", "cable" }, { "letter", "letter" }, { "directive", "directive" },
	{ "memorandum", "memorandum" }, { "memo", "memorandum" }, { "report", "report" },
	{ "pamphlet", "pamphlet" }, { "interview", "interview" }, { "note", "note" }, { "notes", "note" },
	{ "instruction", "instruction" }, { "instructions", "instruction" },
	{ "despatch", "despatch" }, { "dispatch", "despatch" }, { "message", "message" },
	{ "minutes", "minutes" }, { "resolution", "resolution" },
	{ "decree", "decree" }, { "order", "order" }, { "speech", "speech" },
	{ "statement", "statement" }, { "diary", "diary" }, { "transcript", "transcript" },
	/* a lecture is a speech given; an aide-mémoire a diplomatic note */
	{ "lecture", "speech" }, { "aide-m\xc3\xa9moire", "note" }, { "aide-memoire", "note" },
	{ "stenogram", "transcript" },
	/* an intelligence estimate ("National Intelligence Estimate",
	 * "Special National Intelligence Estimate"): a report */
	{ "estimate", "report" },
	{ "protocol", "protocol" }, { "decision", "decision" }, { "appeal", "appeal" },
	{ "conversation", "record of conversation" }, { "conversations", "record of conversation" },
	{ "discussion", "record of conversation" }, { "discussions", "record of conversation" },
	{ "talk", "record of conversation" }, { "talks", "record of conversation" }, { "airgram", "telegram" },
	{ "ciphergram", "telegram" }, { "radiogram", "telegram" },
	/* the Polish foreign service's ciphered telegram, szyfrogram, as the
	 * Wilson Center's translators put it ("Cryptogram No 1144 from Polish
	 * Embassy in Beijing, ...") */
	{ "cryptogram", "telegram" },
	/* the socialist states' "Information" ("Information about the Results
	 * of the Negotiations ...", Russian informatsiya, German Information):
	 * a report */
	{ "information", "report" },
	/* German editions' own word ("[Bericht K 1/206]") */
	{ "bericht", "report" },
	/* Whitehall's minute: a memorandum ("Charles Powell minute for MT") */
	{ "minute", "memorandum" },
	/* a cabinet's papers ("War Cabinet Submission by Evatt", "Agendum
	 * 23/1945"): memoranda put to it */
	{ "submission", "memorandum" }, { "agendum", "memorandum" },
	{ NULL, NULL },
};

/* Editors' lead sentences over a letter they quote (history teaching
 * sites, blogs, document readers). */
const struct lex_kind lex_lead_verbs[] = {
	{ " wrote to ", "letter" },     { " wrote a letter to ", "letter" },     { " sent a letter to ", "letter" },
	{ " cabled ", "telegram" },     { " sent a telegram to ", "telegram" },  { " telegraphed ", "telegram" },
	{ " sent a cable to ", "telegram" }, { NULL, NULL },
};

const struct lex_kind lex_kind_codes[] = {
	{ "MF", "memorandum" }, { "MFR", "memorandum" }, { "MEMO", "memorandum" }, { "MEMORANDUM", "memorandum" },
	{ "MIN", "minutes" }, { "MINUTES", "minutes" }, { "REPORT", "report" }, { "REP", "report" },
	{ "CABLE", "telegram" }, { "TELEGRAM", "telegram" }, { "LETTER", "letter" }, { "LET", "letter" },
	{ "SPEECH", "speech" }, { "NOTES", "note" }, { "TRANSCRIPT", "transcript" }, { "DIARY", "diary" },
	/* the reading room's digests and weekly summaries of reports */
	{ "SUMMARY", "report" },
	/* its regulations, notices and administrative instructions: the
	 * agency's standing orders to its own staff */
	{ "REGULATION", "directive" },
	{ NULL, NULL },
};

/* A body's own working staff ("ONE Board and Staff"): no body apart. */
const char *const lex_staff_nouns[] = { "staff", "staffs", "secretariat", "apparatus", NULL };

/* Papers in the plural: a title opening with one ("Letters to New
 * Senators") names a subject, not one paper's sender and recipient. */
/* What follows a paper's title in a collection's citation that opens with
 * its author ("George Bush, Letter to ... Online by Gerhard Peters and
 * John T. Woolley, The American Presidency Project"). */
const char *const lex_author_citations[] = {
	" Online by Gerhard Peters and John T. Woolley, The American Presidency Project", NULL
};

/* Words that qualify a paper before its kind ("Open Letter", "Personal
 * Message"): no one's name. */
const char *const lex_paper_adjectives[] = {
	"open", "personal", "private", "secret", "confidential", "official", "unofficial", "farewell", "first", "second",
	"third", "last", "final", "joint", "new", "short", "long", "urgent", "formal", "informal", "handwritten", "typed",
	"draft", "top", "special", "circular", "congratulatory", "collective", "public", "another", "further", "follow-up",
	"presidential",
	"covering", "cover", "untitled", "original", "revised", "classified", "oral", "written", "verbal", "diplomatic",
	"soviet", "chinese", "american", "british", "french", "german", "polish", "hungarian", "romanian", "czechoslovak",
	"bulgarian", "cuban", "korean", "vietnamese", "mongolian", "albanian", "yugoslav", "indian", "japanese", NULL
};

const char *const lex_plural_papers[] = {
	"letters", "telegrams", "cables", "memoranda", "memorandums", "despatches", "dispatches", "messages",
	"reports", "papers", "documents", NULL
};

/* Nouns that take "to" for their object ("ACCESS TO STATE DEPARTMENT
 * INTELLIGENCE CABLES", "Aid to Laos", "Visit to Moscow"): a title opening
 * with one and "to" names a subject, not a sender and a recipient. Not
 * "reply", "answer", "message": a reply to a man is addressed to him;
 * nor "support" ("Message of Support to the Vietnamese People"). */
const char *const lex_to_nouns[] = {
	"access", "aid", "assistance", "approach", "approaches", "threat", "threats", "visit", "visits",
	"trip", "trips", "journey", "travel", "return", "transfer", "transfers", "shipment", "shipments", "delivery",
	"deliveries", "sale", "sales", "exports", "imports", "supplement", "annex", "appendix", "addendum", "attachment",
	"enclosure", "amendment", "amendments", "changes", "introduction", "guide", "road", "path", "transition",
	"accession", "admission", "entry", "objection", "objections", "opposition", "resistance", "commitment",
	"commitments", "obligations", "guarantees", "contribution", "contributions", "damage", "danger", "dangers", NULL
};

/* Verbs a subject line puts after "to" ("USE OF INFORMAL COMMUNICATIONS
 * TO PROVIDE CIA COMMENTS", "Proposal to Establish a Joint Commission"):
 * an aim, no recipient. */
const char *const lex_infinitives[] = {
	"provide", "establish", "discuss", "review", "obtain", "support", "develop", "improve", "assist",
	"consider", "prevent", "ensure", "coordinate", "prepare", "request", "brief", "implement", "expand",
	"reduce", "increase", "strengthen", "use", "meet", "attend", "be", "have", "make", "give", "help",
	"create", "form", "set", "open", "close", "stop", "end", "begin", "start", "continue", "resume",
	"explore", "examine", "study", "evaluate", "assess", "determine", "identify", "protect", "defend",
	"promote", "encourage", "limit", "restrict", "control", "counter", "influence", "exploit", "acquire",
	"purchase", "sell", "buy", "finance", "fund", "organize", "organise", "arrange", "hold", "negotiate",
	"conclude", "sign", "ratify", "withdraw", "deploy", "recognize", "recognise", "normalize", "normalise",
	"resolve", "settle", "avoid", "combat", "expedite", "facilitate", "permit", "allow", "enable", NULL
};

const char *const lex_record_words[] = {
	"record", "memorandum", "minutes", "notes", "note", "transcript", "summary", "information", NULL
};

/* "Note About the Talks of ...", "Memorandum about the Discussion between
 * ...": the East German ministries' records of talks */
const char *const lex_record_links[] = { "of", "on", "about", "regarding", "concerning", "from", "during", "at", NULL };

/* Words before a "to" that is their own ("POSSIBLE INDICATIONS RELATING TO
 * THE BERLIN ... SITUATION", "Prior to the Summit", "Pursuant to NSC
 * 68"): the "to" of a participle or a phrase, no recipient after it. */
const char *const lex_to_governors[] = {
	"relating", "related", "pertaining", "according", "owing", "due", "prior", "contrary", "pursuant",
	"subsequent", "leading", "regard", "respect", "relation", "addition", "preparatory", NULL };

const char *const lex_group_nouns[] = { "leaders", "members", "representatives", "officials", "delegates",
					"participants", "heads", "chiefs", "leadership", NULL };

const char *const lex_operative_verbs[] = { "resolves", "resolved", "decides", "decided", "decrees", "decreed",
					    "orders", "ordered", "instructs", "proposes", "recommends", "approves",
					    "declares", "determines", NULL };

const char *const lex_sittings[] = { "reception", "audience", "meeting", "meetings", "conversation", "conversations",
				     "talk", "talks", "discussion", "discussions", "negotiations", "interview",
				     "session", "sessions", NULL };

/* The US government's numbered series of estimates, policy papers and
 * directives, each paper known by its designation: "NIE 100–7–55",
 * "SNIE 85–3–62", "NSC 5602/1", "NSAM 273", "NSDM 13", "PRM 10" */
const char *const lex_series_prefixes[] = { "NIE", "SNIE", "NSC", "NSAM", "NSSM", "NSDM", "NSDD", "NSPD", "PRM", "PD",
					    "IIM", NULL };

/* "Stenographic Protocol of the Meeting between ...", "Shorthand Record
 * of ...", "Verbatim Record": the record word for word, a transcript */
const char *const lex_verbatim_marks[] = { "stenographic", "shorthand", "verbatim", NULL };
/* the Polish foreign service's szyfrogram as its translators also put it
 * ("Code message No 553/IV/2745 from: Pyongyang") */
/* the Conflict Records Research Center's transcripts of recorded
 * meetings, as the Wilson Center publishes them */
const char *const lex_transcript_marks[] = { "Unidentified Male Speaker", "Unidentified Female Speaker",
					     "Unidentified Speaker", "[Time Stamp:", "[Timestamp:", NULL };
const char *const lex_cipher_marks[] = { "code", "coded", "cipher", "ciphered", "enciphered", "encoded", "encrypted", NULL };

const char *const lex_markings[] = {
	"strictly secret", "top secret", "secret", "confidential", "strictly confidential",
	"personal", "personally", "urgent", "very urgent", "most urgent", "classified",
	"restricted", "for official use only", "eyes only", "copy", "draft", "special file",
	"special folder", "top secret and personal", "secret and personal", "personal and confidential",
	"unclassified", "limited official use", "only copy",
	/* the Soviet "ne razmnozhat'" */
	"not to be copied", "not for copying", "do not copy", NULL
};

const char *const lex_marking_words[] = {
	"secret", "confidential", "priority", "niact", "urgent", "immediate", "flash",
	"routine", "operational", "restricted", "classified", "personal", "top", "strictly",
	"very", "most", "and", "eyes", "only", "limited", "distribution", "official", "use",
	"for", "unclassified", "extremely", "nodis", "exdis", "limdis", "noforn", "copy", "exclusive", NULL
};

const char *const lex_release_openings[] = {
	"Approved For Release", "Approved for Release", "Sanitized Copy Approved for Release",
	"Declassified and Approved For Release", "Declassified in Part", "CIA-RDP", NULL
};

const char *const lex_salutations[] = {
	"To Comrades ", "To Comrade ", "To cde. ", "To Cde. ", "Dear Comrades ",
	"Dear Comrade ", "My dear ", "My Dear ", "Dear ", "Comrades ", "Comrade ", "To Mr. ", "To Mrs. ",
	/* the respectful forms of the socialist correspondence */
	"Esteemed Comrades ", "Esteemed Comrade ", "Respected Comrades ", "Respected Comrade ", "Esteemed ",
	"To Ambassador ", "To Chairman ", "To President ", "To Premier ", "To Marshal ",
	/* the Romanian ministry's telegram form: "To: Comrade Nicolae Ghenea," */
	"To: Comrades ", "To: Comrade ",
	/* the Polish ministry's code messages: "Com. Stawiarski" under the
	 * date */
	"Com. ",
	NULL
};

const char *const lex_address_forms[] = {
	"The Honorable", "The Honourable", "The Right Honorable", "The Right Honourable",
	"The Hon.", "Honorable", "His Excellency", "Her Excellency", NULL
};

const char *const lex_closings[] = {
	"with communist greetings", "with comradely greetings", "with fraternal greetings", "with socialist greetings",
	"with greetings", "with respect", "with best", "with communist", "with comradely",
	"communist greetings", "comradely greetings", "fraternal greetings", "socialist greetings", "yours",
	"respectfully", "sincerely", "faithfully", "cordially", "best regards", "regards",
	NULL
};

const char *const lex_sending_verbs[] = {
	"reports", "cables", "sends", "writes", "informs", "tells", "asks", "requests",
	"telegraphs", "conveys", "notifies", "transmits", "relays", "replies", "responds",
	"answers", "instructs", "orders", "proposes", "wires", "advises", "warns",
	"urges", "forwards", "submits", "appeals", NULL
};

const char *const lex_not_verbs[] = {
	"was", "has", "is", "his", "its", "this", "as", "us", "thus", "yes", "always",
	"perhaps", "besides", "towards", "whereas", "afterwards", "sometimes", "less",
	"unless", "nevertheless", "various", "numerous", "serious", "previous", NULL
};

const char *const lex_abbreviations[] = {
	"no.", "mr.", "mrs.", "dr.", "cde.", "amb.", "gen.", "col.", "st.", "vs.", "etc.",
	"i.e.", "e.g.", "cf.", "op.", "d.", "f.", "ll.", "p.", "pp.", "u.s.", "u.n.", NULL
};

/* Initials catalogues write for a person as a party of a paper ("MT
 * letter to President Carter", the Thatcher Foundation's), and a word
 * their pages carry where the initials could be anything else. */
const struct lex_initials lex_initials[] = {
	{ "MT", "Margaret Thatcher", "Thatcher" },
	{ "MT", "Margaret Thatcher", "Importance ranking:" }, /* the Foundation's pages of other archives' papers */
	{ "JFK", "John F. Kennedy", NULL },
	{ "LBJ", "Lyndon B. Johnson", NULL },
	{ "FDR", "Franklin D. Roosevelt", NULL },
	{ "HAK", "Henry A. Kissinger", NULL },
	{ NULL, NULL, NULL },
};

/* ... and for offices, which a list may name by them as well (kept so
 * there: "DDCI" heading a distribution) */
const struct lex_initials lex_office_initials[] = {
	/* the CIA's, for its Director ("DCI Briefing for 5 November NSC
	 * Meeting") and his deputy */
	{ "DCI", "Director of Central Intelligence", NULL },
	{ "DDCI", "Deputy Director of Central Intelligence", NULL },
	{ NULL, NULL, NULL },
};

/* ... and for bodies a talk is given to ("NSC BRIEFING 6 April 1960": the
 * Director's briefing of the National Security Council) */
const struct lex_initials lex_body_initials[] = {
	{ "NSC", "National Security Council", NULL },
	{ "JCS", "Joint Chiefs of Staff", NULL },
	{ "USIB", "United States Intelligence Board", NULL },
	{ "PFIAB", "President's Foreign Intelligence Advisory Board", NULL },
	{ NULL, NULL, NULL },
};

const char *lex_initials_name(const struct lex_initials *table, struct slice w, struct slice page)
{
	for (size_t i = 0; table[i].initials != NULL; i++)
		if (sl_eq_slice(w, sl_cstr(table[i].initials)) &&
		    (table[i].page_word == NULL || sl_find(page, table[i].page_word) != SIZE_MAX))
			return table[i].name;
	return NULL;
}

const char *const lex_office_nouns[] = {
	"ambassador", "ambassadors", "envoy", "minister", "representative", "representatives", "delegation",
	"delegate", "mission", "embassy", "legation", "consul", "consulate", "chargé", "charge", "attaché",
	"attache", "counselor", "counsellor", "secretary", "advisor", "adviser", "emissary", "military", "station",
	"assistant", "office", "department", "division", "bureau", "committee", "ministry", "commission",
	NULL
};

/* The last words of bodies ("Estimates Staff", "ONE Board", "National
 * War College"): no one's surname, so no two bodies are one person for
 * sharing one (with lex_office_nouns). */
const char *const lex_body_nouns[] = {
	"staff", "board", "council", "agency", "group", "service", "services", "college", "center", "centre",
	"institute", "secretariat", "presidium", "politburo", "section", "directorate", "command", "headquarters",
	"government", "party", "branch", "unit", "panel", "team", NULL
};

/* Places that stand in parentheses or after "in" beside a party ("Maneli
 * (Hanoi)", "Helmut Kohl in Bonn"): where the party was, not another
 * name of it. Capitals and the cities of the Cold War's correspondence. */
const char *const lex_places[] = {
	"Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam", "Ankara", "Athens", "Baghdad", "Bandung",
	"Bangkok", "Beijing", "Beirut", "Belgrade", "Berlin", "Bern", "Berne", "Bonn", "Brasilia", "Bras\xc3\xadlia",
	"Brussels", "Bucharest",
	"Budapest", "Buenos Aires", "Cairo", "Canberra", "Caracas", "Chungking", "Colombo", "Copenhagen",
	"Dakar", "Damascus", "Dar es Salaam", "Delhi", "Djakarta", "Geneva", "Hanoi", "Havana", "Helsinki",
	"Hong Kong", "Islamabad", "Istanbul", "Jakarta", "Jerusalem", "Kabul", "Karachi", "Khartoum", "Kiev",
	"Kinshasa", "Kyiv", "Lagos", "La Paz", "Leningrad", "Lima", "Lisbon", "London", "Luanda", "Lusaka",
	"Madrid", "Managua", "Manila", "Mexico City", "Montevideo", "Moscow", "Nairobi", "Nanking", "New Delhi",
	"New York", "Ottawa", "Oslo", "Panama", "Paris", "Peking", "Phnom Penh", "Prague", "Pyongyang", "Quito",
	"Rabat", "Rangoon", "Riga", "Rio de Janeiro", "Rome", "Saigon", "Santiago", "Seoul", "Shanghai", "Sofia",
	"Stockholm", "Taipei", "Tehran", "Teheran", "Tel Aviv", "Tientsin", "Tirana", "Tokyo", "Tripoli", "Tunis",
	"Ulaanbaatar", "Ulan Bator", "Vienna", "Vientiane", "Vilnius", "Warsaw", "Washington", "Wellington",
	"Yalta", "Zagreb", "Crimea", "Kremlin",
	/* more capitals of the period's states and their missions */
	"Dublin", "Reykjavik", "Luxembourg", "Nicosia", "Valletta", "Kathmandu", "Dacca", "Dhaka", "Kuala Lumpur",
	"Singapore", "Pretoria", "Kampala", "Conakry", "Bamako", "Mogadishu", "Riyadh", "Jidda", "Bogota", "Bogot\xc3\xa1",
	"Asuncion", "The Hague", "Santo Domingo", "Port-au-Prince", "Guatemala City", "Tegucigalpa", "San Salvador",
	"San Jose", "San Jos\xc3\xa9", "Kingston", "Ciudad Trujillo", NULL
};

/* Countries as titles name them, longest forms first where one begins
 * another ("North Korea" before "Korea"): "Ambassador to the DPRK" names
 * a post. */
const char *const lex_countries[] = {
	"Democratic People's Republic of Korea", "People's Republic of China", "German Democratic Republic",
	"Federal Republic of Germany", "Mongolian People's Republic", "Democratic Republic of Vietnam",
	"Republic of Korea", "Republic of China", "United Arab Republic", "United Kingdom", "United States of America",
	"United States", "United Nations", "Soviet Union", "North Korea", "South Korea", "North Vietnam", "South Vietnam", "East Germany",
	"West Germany", "Great Britain", "New Zealand", "Saudi Arabia", "South Africa", "Sri Lanka", "Costa Rica",
	"El Salvador", "Dominican Republic", "Ivory Coast", "Sierra Leone", "Holy See", "USSR", "U.S.S.R.", "USA",
	"U.S.A.", "DPRK", "DRV", "PRC", "ROK", "GDR", "FRG", "MPR", "UAR", "UK", "UN", "Russia",
	"Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Australia", "Austria", "Bahrain", "Bangladesh",
	"Belgium", "Benin", "Bhutan", "Bolivia", "Brazil", "Britain", "Bulgaria", "Burma", "Burundi", "Cambodia",
	"Cameroon", "Canada", "Ceylon", "Chad", "Chile", "China", "Colombia", "Congo", "Cuba", "Cyprus",
	"Czechoslovakia", "Denmark", "Ecuador", "Egypt", "Ethiopia", "Finland", "France", "Gabon", "Germany", "Ghana",
	"Greece", "Guatemala", "Guinea", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran",
	"Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kampuchea", "Kenya", "Korea", "Kuwait",
	"Laos", "Lebanon", "Liberia", "Libya", "Luxembourg", "Madagascar", "Malaysia", "Mali", "Malta",
	"Mauritania", "Mexico", "Mongolia", "Morocco", "Mozambique", "Myanmar", "Nepal", "Netherlands", "Nicaragua",
	"Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Panama", "Paraguay", "Peru", "Philippines", "Poland",
	"Portugal", "Qatar", "Romania", "Rumania", "Rwanda", "Senegal", "Singapore", "Somalia", "Spain", "Sudan",
	"Sweden", "Switzerland", "Syria", "Taiwan", "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Uganda",
	"Uruguay", "Vatican", "Venezuela", "Vietnam", "Yemen", "Yugoslavia", "Zaire", "Zambia", "Zanzibar",
	"Zimbabwe", NULL
};

const char *const lex_person_offices[] = {
	"ambassador", "secretary", "minister", "chargé", "charge", "consul", "envoy", "attaché", "attache",
	"counselor", "counsellor", "president", "premier", "chairman", "director", "commissioner", "commissar",
	"governor", "chancellor", "undersecretary", "under-secretary", "assistant", "adviser", "advisor", "prime",
	"vice", "deputy", "acting", "chief", "head", "member", NULL
};

/* Words that open an office's name before its noun ("Special Assistant
 * to the Secretary of State", "Senior Adviser", "General Counsel"). */
const char *const lex_office_qualifiers[] = {
	"special", "senior", "executive", "principal", "general", "first", "second", "third", NULL
};

const char *const lex_routing_forms[] = {
	"ROUTING AND RECORD SHEET", "OFFICIAL ROUTING SLIP", "ROUTING AND TRANSMITTAL SLIP", "ROUTING SLIP", NULL
};

const char *const lex_form_captions[] = {
	"DATE", "OFFICER'S", "INITIALS", "RECEIVED", "FORWARDED", "COMMENTS", "EXTENSION", "NO.", "NAME AND ADDRESS",
	"NAME, ADDRESS", "NAME", "ACTION", "FILE", "ROOM NO", "BLDG", "PHONE NO", "REMARKS", "FROM", "TO", "SUBJECT",
	"FORM", "building)", NULL
};

int lex_routing_line(struct slice t)
{
	t = sl_trim(t);
	for (size_t i = 0; lex_routing_forms[i] != NULL; i++)
		if (sl_ieq(t, lex_routing_forms[i]))
			return 1;
	return 0;
}

const char *const lex_memo_offices[] = {
	"Director of Central Intelligence", "Deputy Director of Central Intelligence", "Executive Director",
	"Executive Director-Comptroller", "Deputy Director for Plans", "Deputy Director for Intelligence",
	"Deputy Director for Support", "Deputy Director for Administration", "Deputy Director for Operations",
	"Deputy Director for Science and Technology", "Inspector General", "General Counsel",
	"Director of Training", "Secretary of State", "Secretary of Defense", "Attorney General",
	"Special Assistant to the President for National Security Affairs", NULL
};

/* s's letters in lower case, the rest dropped ("I TELLIOOd+1CE" ->
 * "itellioodce"): a scan splits words and reads letters as signs. At most
 * cap bytes; the length, or SIZE_MAX when s has more letters. */
static size_t letters_fold(const char *s, char *out, size_t cap)
{
	size_t n = 0;
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		if (!ch_is_alpha(c))
			continue;
		if (n == cap)
			return SIZE_MAX;
		out[n++] = (char)ch_lower(c);
	}
	return n;
}

/* The edit distance of a and b (each at most 96 bytes). */
static size_t edit_distance(const char *a, size_t an, const char *b, size_t bn)
{
	size_t row[97];
	for (size_t j = 0; j <= bn; j++)
		row[j] = j;
	for (size_t i = 1; i <= an; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= bn; j++) {
			size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[bn];
}

const char *lex_office_scanned(const char *s)
{
	if (sl_istarts(sl_cstr(s), "the "))
		s += 4;
	char a[96], b[96];
	size_t an = letters_fold(s, a, sizeof a);
	if (an == SIZE_MAX || an < 12)
		return NULL;
	const char *best = NULL;
	size_t bestd = SIZE_MAX;
	for (size_t i = 0; lex_memo_offices[i] != NULL; i++) {
		size_t bn = letters_fold(lex_memo_offices[i], b, sizeof b);
		if (bn == SIZE_MAX)
			continue;
		size_t d = edit_distance(a, an, b, bn);
		if (d < bestd) {
			bestd = d;
			best = lex_memo_offices[i];
		}
	}
	/* a misread letter in seven: more is another office or no office */
	return best != NULL && bestd * 100 <= 15 * an ? best : NULL;
}

const struct lex_label *lex_label_find(struct slice s)
{
	s = sl_trim(s);
	for (size_t i = 0; lex_labels[i].name != NULL; i++)
		if (sl_ieq(s, lex_labels[i].name))
			return &lex_labels[i];
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Lists looked up by their entries' first letter                      */
/* ------------------------------------------------------------------ */

/* Every line of every imported file is tested against the furniture and
 * release lists: an index by first byte (lower case) leaves a handful of
 * entries to compare instead of a hundred. */
struct lex_index {
	const char *const *list;
	unsigned short start[257];
	unsigned short order[512];
};

static struct lex_index idx_furniture, idx_openings, idx_release;
static pthread_once_t idx_once = PTHREAD_ONCE_INIT;

static void index_build(struct lex_index *x, const char *const *list)
{
	size_t n = 0;
	x->list = list;
	for (int c = 0; c < 256; c++) {
		x->start[c] = (unsigned short)n;
		for (size_t i = 0; list[i] != NULL && n < 512; i++)
			if ((unsigned char)ch_lower((unsigned char)list[i][0]) == c)
				x->order[n++] = (unsigned short)i;
	}
	x->start[256] = (unsigned short)n;
}

static void indexes_build(void)
{
	index_build(&idx_furniture, lex_furniture);
	index_build(&idx_openings, lex_furniture_openings);
	index_build(&idx_release, lex_release_openings);
}

static int index_has(const struct lex_index *x, struct slice t, int whole)
{
	if (t.n == 0)
		return 0;
	unsigned char c = (unsigned char)ch_lower((unsigned char)t.p[0]);
	for (unsigned k = x->start[c]; k < x->start[c + 1]; k++) {
		const char *e = x->list[x->order[k]];
		if (whole ? sl_ieq(t, e) : sl_istarts(t, e))
			return 1;
	}
	return 0;
}

int lex_furniture_line(struct slice t)
{
	pthread_once(&idx_once, indexes_build);
	return index_has(&idx_furniture, t, 1) || index_has(&idx_openings, t, 0);
}

int lex_furniture_opening(struct slice t)
{
	pthread_once(&idx_once, indexes_build);
	return index_has(&idx_openings, t, 0);
}

/* "Approved For Relwe 2000/0", "Approved For lease 200 1-RDP78",
 * "Approved `For Release 2001A1": the stamp as the OCR read it, known by
 * what is left of its word, its year or its record id. "Approved For fal
 * 3 December 1968" keeps none of them: it may be the paper's date. */
static int release_scanned(struct slice t)
{
	if (t.n < 16 || memcmp(t.p, "Approved ", 9) != 0)
		return 0;
	struct slice w = sl_of(t.p + 9, t.n - 9 < 32 ? t.n - 9 : 32);
	if (sl_find(w, "RDP") != SIZE_MAX || sl_find(w, "ease") != SIZE_MAX || sl_find(w, "Relea") != SIZE_MAX)
		return 1;
	for (size_t i = 0; i + 5 <= w.n; i++)
		if ((w.p[i] == '1' || w.p[i] == '2') && ch_is_digit((unsigned char)w.p[i + 1]) &&
		    ch_is_digit((unsigned char)w.p[i + 2]) && ch_is_digit((unsigned char)w.p[i + 3]) && w.p[i + 4] == '/')
			return 1;
	return 0;
}

int lex_release_line(struct slice t)
{
	pthread_once(&idx_once, indexes_build);
	return index_has(&idx_release, t, 0) || release_scanned(t);
}
