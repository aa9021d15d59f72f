/* gen.c: the benchmark corpus generator.
 *
 *   gen OUT_DIR N [SEED]        writes N plain-text documents into OUT_DIR
 *   gen --queries N [SEED]      prints the search-benchmark queries for that
 *                               corpus, one a line
 *
 * The documents imitate the archive exports in assets/sample: a web export
 * ("Skip to content", date line, title, body, summary, "Document
 * Information", citation, rights, "Original Uploaded Date", "Record ID"), a
 * Markdown export (**date**, **title**, **Citation:**, **Summary:**,
 * **Credits:**, **Original Language:**, **Contents:**), bare letters
 * (salutation, body, signature, date line) and headless fragments. Bodies
 * carry editors' brackets ([sic], [...], aliases resolved, original-language
 * terms, [Handwritten: ...], uncertain readings), references to earlier
 * documents by date and telegram number, page-break hyphenation, stray
 * characters, and some Cyrillic, CJK, Hangul and diacritics.
 *
 * Words come from a fixed vocabulary of about 5,000 (function words, the
 * archive's own vocabulary, made-up words) drawn with a Zipf-Mandelbrot
 * law, plus a long tail of rare proper names (a few per document, drawn
 * from 60,000) so that search sees both very common and needle terms.
 * Document sizes average about 4.5 KB (100,000 documents ~ 450 MB).
 *
 * Output depends only on (N, SEED): every document is generated from its
 * own stream, seeded by (SEED, index), so references to other documents
 * are computed, not remembered. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- random numbers ---------------------------------------------------- */

struct rng {
	uint64_t s;
};

static uint64_t mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void rng_seed(struct rng *r, uint64_t a, uint64_t b, uint64_t c)
{
	r->s = mix64(a * 0x9e3779b97f4a7c15ULL ^ mix64(b + 0x632be59bd9b4e019ULL) ^ mix64(c + 17));
}

static uint64_t rng_next(struct rng *r)
{
	r->s += 0x9e3779b97f4a7c15ULL;
	return mix64(r->s);
}

/* Uniform in [0, n). */
static uint32_t rng_below(struct rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static double rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/* 1 with probability per-mille p / 1000. */
static int rng_chance(struct rng *r, uint32_t permille)
{
	return rng_below(r, 1000) < permille;
}

#define PICK(r, arr) ((arr)[rng_below((r), (uint32_t)(sizeof(arr) / sizeof((arr)[0])))])

/* ---- output buffer ----------------------------------------------------- */

struct buf {
	char *p;
	size_t len, cap;
};

static void buf_grow(struct buf *b, size_t need)
{
	if (b->len + need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 16384;
	while (cap < b->len + need)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p) {
		fprintf(stderr, "gen: out of memory\n");
		exit(1);
	}
	b->p = p;
	b->cap = cap;
}

static void buf_mem(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void buf_str(struct buf *b, const char *s)
{
	buf_mem(b, s, strlen(s));
}

static void buf_ch(struct buf *b, char c)
{
	buf_grow(b, 1);
	b->p[b->len++] = c;
}

static void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Last character written, or 0. */
static char buf_last(const struct buf *b)
{
	return b->len ? b->p[b->len - 1] : 0;
}

/* ---- vocabulary -------------------------------------------------------- */

static const char *const function_words[] = {
	"the", "of", "and", "to", "in", "a", "that", "is", "for", "with", "on", "as", "by", "it",
	"was", "he", "his", "not", "be", "this", "from", "we", "our", "will", "are", "at", "have",
	"which", "their", "they", "them", "an", "all", "has", "had", "but", "or", "its", "been",
	"also", "there", "would", "should", "must", "can", "these", "those", "about", "into",
	"upon", "after", "before", "more", "other", "such", "than", "then", "so", "if", "any",
	"only", "no", "you", "your", "I", "my", "me", "us", "him", "who", "what", "when", "where",
	"how", "were", "do", "does", "did", "one", "two", "three", "may", "might", "very", "now",
	"further", "under", "between", "against", "through", "during", "without", "over", "both",
	"each", "some", "same", "own", "most", "because", "since", "while",
};

static const char *const domain_words[] = {
	"question", "comrade", "Korea", "Korean", "army", "war", "Chinese", "Soviet", "government",
	"people", "letter", "telegram", "south", "north", "enemy", "troops", "China", "assistance",
	"comrades", "questions", "situation", "party", "liberation", "unification", "leadership",
	"military", "political", "defense", "attack", "offensive", "divisions", "front", "forces",
	"plan", "proposal", "decision", "negotiations", "armistice", "agreement", "border",
	"parallel", "cable", "conference", "delegation", "ambassador", "embassy", "minister",
	"foreign", "affairs", "meeting", "conversation", "report", "information", "instructions",
	"orders", "permission", "support", "aid", "aviation", "units", "supply", "armaments",
	"weapons", "equipment", "railway", "port", "ports", "landing", "amphibious", "reserves",
	"volunteers", "volunteer", "headquarters", "operations", "operation", "command",
	"commander", "general", "staff", "officers", "soldiers", "advisers", "specialists",
	"prisoners", "exchange", "peace", "treaty", "alliance", "mutual", "economic", "trade",
	"industry", "grain", "coal", "credit", "loan", "delivery", "deliveries", "shipment",
	"representatives", "representative", "republic", "peoples", "socialist", "imperialism",
	"imperialist", "American", "Americans", "Japanese", "British", "United", "States",
	"Nations", "Union", "Moscow", "Pyongyang", "Beijing", "Peking", "Seoul", "Tokyo",
	"Washington", "Manchuria", "Shenyang", "Mukden", "Arthur", "Dalny", "Taiwan", "Ongjin",
	"peninsula", "Kaesong", "Panmunjom", "Inchon", "Wonsan", "Hamhung", "Yalu", "river",
	"strictly", "secret", "urgent", "immediately", "consider", "considered", "received",
	"reply", "replied", "answer", "inform", "informed", "request", "requested", "ask", "asked",
	"agree", "agreed", "necessary", "possible", "impossible", "important", "difficult",
	"serious", "firm", "firmly", "strong", "weak", "resolve", "resolved", "prepare",
	"prepared", "preparations", "intensively", "carry", "carried", "transfer", "dispatch",
	"send", "sent", "receive", "conclude", "concluded", "discuss", "discussed", "discussion",
	"opinion", "opinions", "view", "position", "positions", "attitude", "mood", "frame",
	"mind", "atmosphere", "friendly", "warm", "gratitude", "greetings", "honor", "congress",
	"plenum", "cadres", "training", "pilot", "pilots", "school", "students", "newspaper",
	"propaganda", "radio", "broadcasts", "elections", "land", "reform", "peasants", "workers",
	"masses", "partisans", "guerrilla", "guerillas", "struggle", "victory", "victories",
	"defeat", "retreat", "withdrawal", "encirclement", "resistance", "occupation",
	"occupiers", "aggression", "aggressive", "hostile", "policy", "policies", "independent",
	"independence", "sovereignty", "security", "council", "resolution", "draft", "text",
	"copy", "copies", "document", "documents", "archive", "translation", "original",
	"secretary", "chairman", "premier", "president", "marshal", "colonel", "lieutenant",
	"captain", "division", "regiment", "battalion", "corps", "group", "tank", "tanks",
	"artillery", "ammunition", "fuel", "trucks", "aircraft", "jet", "fighters", "bombers",
	"airfield", "airfields", "navy", "fleet", "sea", "coast", "island", "islands", "territory",
	"zone", "neutral", "line", "lines", "month", "months", "days", "week", "weeks", "year",
	"years", "time", "today", "tomorrow", "yesterday", "morning", "evening", "night",
	"luncheon", "reception", "toast", "toasts", "intoxication", "conviction", "prestige",
	"springboard", "bridgehead", "militarism", "militaristic", "reactionaries",
	"concessions", "considerations", "character", "international", "capitalist",
	"counteroffensive", "consultations", "confidentiality", "reinforcement", "mobilize",
	"mobilization", "uncertainty", "erroneous", "behavior", "subsequent", "terrorize",
	"communications", "paratroopers", "self-defense", "reliable", "loyal", "disposal",
	"undertake", "measures", "energetic", "merciless", "restructuring", "responsibilities",
	"appropriate", "solidarity", "fundamental", "readiness", "unreadiness", "inevitable",
	"transformation", "interested", "preventing", "danger", "economy", "prosperity",
	"construction", "revolution", "revolutionary", "juche", "diplomatic", "recognition",
	"membership", "observer", "reconnaissance", "espionage", "tension", "formations",
	"withdrawn", "truce", "division", "perpetuate", "prerequisites", "antagonistic",
	"ciphered", "pseudonym", "envoy", "directive", "instruction", "accepted", "voted",
	"typed", "dispatch", "returned", "signed", "handwritten", "attached", "enclosed",
};

static const char *const syllables[] = {
	"ka", "ro", "vel", "mi", "tan", "shi", "po", "lev", "dor", "an", "ov", "in", "sk", "ya",
	"ze", "ur", "bal", "cha", "gen", "hol", "is", "ju", "kor", "lu", "mar", "nes", "ol", "pra",
	"ris", "sov", "tel", "um", "vos", "zhe", "ber", "dan", "fel", "gor", "ket", "lin", "mod",
	"nar", "pel", "rum", "sat", "tor", "ve", "wen", "yun", "zo", "bro", "cre", "dis", "ex",
	"gra", "ple", "sta", "tri", "qua", "ment", "tion", "ous", "ive", "al", "ate", "ing", "er",
};

static const char *const name_ends[] = {
	"ov", "ev", "in", "sky", "enko", "ko", "ri", "dong", "san", "ni", "ak", "itz", "ova",
	"shan", "jin", "ho", "pur", "gol", "yang", "ro",
};

#define N_SYNTH 4500
#define N_RARE 60000

struct vocab {
	const char **word;      /* by Zipf rank */
	size_t *wlen;
	int n;
	/* Vose alias tables over the ranks */
	double *prob;
	int *alias;
	char *pool;             /* storage of the made-up words */
};

static struct vocab V;

/* Fixed, whatever the corpus seed, so queries name the same words. */
static void vocab_init(void)
{
	int nf = (int)(sizeof(function_words) / sizeof(function_words[0]));
	int nd = (int)(sizeof(domain_words) / sizeof(domain_words[0]));
	int nsyl = (int)(sizeof(syllables) / sizeof(syllables[0]));
	V.n = nf + nd + N_SYNTH;
	V.word = calloc((size_t)V.n, sizeof(*V.word));
	V.wlen = calloc((size_t)V.n, sizeof(*V.wlen));
	V.prob = calloc((size_t)V.n, sizeof(*V.prob));
	V.alias = calloc((size_t)V.n, sizeof(*V.alias));
	V.pool = calloc((size_t)N_SYNTH, 16);
	if (!V.word || !V.wlen || !V.prob || !V.alias || !V.pool) {
		fprintf(stderr, "gen: out of memory\n");
		exit(1);
	}
	int k = 0;
	for (int i = 0; i < nf; i++)
		V.word[k++] = function_words[i];
	for (int i = 0; i < nd; i++)
		V.word[k++] = domain_words[i];

	/* Made-up words: distinct syllable strings, checked with a small open
	 * hash set. */
	enum { HS = 16384 };
	int *set = malloc(HS * sizeof(int));
	if (!set)
		exit(1);
	for (int i = 0; i < HS; i++)
		set[i] = -1;
	struct rng r;
	rng_seed(&r, 0x646f7373, 1, 2);
	for (int i = 0; i < N_SYNTH;) {
		char *w = V.pool + (size_t)i * 16;
		int nparts = 2 + (int)rng_below(&r, 2);
		w[0] = 0;
		for (int p = 0; p < nparts; p++)
			if (strlen(w) + 4 < 16)
				strcat(w, syllables[rng_below(&r, (uint32_t)nsyl)]);
		if (strlen(w) < 4)
			continue;
		uint64_t h = 1469598103934665603ULL;
		for (const char *c = w; *c; c++)
			h = (h ^ (unsigned char)*c) * 1099511628211ULL;
		size_t slot = (size_t)(h & (HS - 1));
		int dup = 0;
		while (set[slot] >= 0) {
			if (!strcmp(V.pool + (size_t)set[slot] * 16, w)) {
				dup = 1;
				break;
			}
			slot = (slot + 1) & (HS - 1);
		}
		for (int j = 0; !dup && j < nf + nd; j++)
			dup = !strcmp(V.word[j], w);
		if (dup)
			continue;
		set[slot] = i;
		V.word[k++] = w;
		i++;
	}
	free(set);
	for (int i = 0; i < V.n; i++)
		V.wlen[i] = strlen(V.word[i]);

	/* Zipf-Mandelbrot weights 1/(rank+q)^s, then Vose's alias method. */
	double *p = malloc((size_t)V.n * sizeof(double));
	int *small = malloc((size_t)V.n * sizeof(int));
	int *large = malloc((size_t)V.n * sizeof(int));
	if (!p || !small || !large)
		exit(1);
	double sum = 0;
	for (int i = 0; i < V.n; i++) {
		p[i] = 1.0 / pow(i + 2.7, 1.02);
		sum += p[i];
	}
	int ns = 0, nl = 0;
	for (int i = 0; i < V.n; i++) {
		p[i] = p[i] * V.n / sum;
		if (p[i] < 1.0)
			small[ns++] = i;
		else
			large[nl++] = i;
	}
	while (ns && nl) {
		int s = small[--ns], l = large[--nl];
		V.prob[s] = p[s];
		V.alias[s] = l;
		p[l] = p[l] + p[s] - 1.0;
		if (p[l] < 1.0)
			small[ns++] = l;
		else
			large[nl++] = l;
	}
	while (nl)
		V.prob[large[--nl]] = 1.0;
	while (ns)
		V.prob[small[--ns]] = 1.0;
	free(p);
	free(small);
	free(large);
}

static int vocab_draw(struct rng *r)
{
	int i = (int)rng_below(r, (uint32_t)V.n);
	return rng_unit(r) < V.prob[i] ? i : V.alias[i];
}

/* The k-th rare proper name ("Velmarov", "Tanishko"): computed, not stored. */
static void rare_name(uint32_t k, char out[32])
{
	struct rng r;
	int nsyl = (int)(sizeof(syllables) / sizeof(syllables[0]));
	rng_seed(&r, 0x72617265, k, 3);
	out[0] = 0;
	int nparts = 1 + (int)rng_below(&r, 3);
	for (int p = 0; p < nparts; p++)
		strcat(out, syllables[rng_below(&r, (uint32_t)nsyl)]);
	strcat(out, name_ends[rng_below(&r, (uint32_t)(sizeof(name_ends) / sizeof(name_ends[0])))]);
	out[0] = (char)(out[0] - 'a' + 'A');
}

/* ---- people, places, texts --------------------------------------------- */

struct person {
	const char *name;       /* as the archive writes it */
	const char *alias;      /* pseudonym in telegrams, or NULL */
	const char *variant;    /* transliteration/OCR variant, or NULL */
	const char *salute;     /* salutation line of a letter to them */
	int weight;
};

static const struct person people[] = {
	{ "Stalin", "Feng Xi", "Filippov", "To Comrade Stalin, I.V.", 10 },
	{ "Kim Il Sung", NULL, "Kim II Sung", "Comrade Kim Il Sung!", 10 },
	{ "Shtykov", "Shtraus", "Shtytkov", "Comrade Shtykov!", 6 },
	{ "Mao Zedong", NULL, "Máo Zédōng", "Comrade Mao Zedong!", 7 },
	{ "Zakharov", "Mayveyev", NULL, "Comrade Zakharov!", 3 },
	{ "Zhou Enlai", NULL, "Zhōu Ēnlái", "Comrade Zhou Enlai!", 5 },
	{ "Gao Gang", NULL, NULL, "To Comrade Gao Gang", 3 },
	{ "Pak Heon-yeong", NULL, "Pak Hon Yong", "Comrade Pak Heon-yeong!", 4 },
	{ "Vyshinsky", NULL, NULL, "To Comrade Vyshinsky, A.Ya.", 5 },
	{ "Molotov", NULL, NULL, "To Comrade Molotov, V.M.", 4 },
	{ "Gromyko", NULL, NULL, "To Comrade Gromyko, A.A.", 3 },
	{ "Roshchin", NULL, NULL, "Comrade Roshchin!", 3 },
	{ "Peng Dehuai", NULL, "P'eng Te-huai", "Comrade Peng Dehuai!", 3 },
	{ "Kim Du-bong", NULL, "Kim Tu Phong", "Comrade Kim Du-bong!", 2 },
	{ "Bulganin", NULL, NULL, "To Comrade Bulganin, N.A.", 2 },
	{ "Vasilevsky", NULL, NULL, "To Comrade Vasilevsky", 2 },
	{ "Razuvaev", NULL, NULL, "Comrade Razuvaev!", 2 },
	{ "Lazarev", NULL, NULL, "Comrade Lazarev!", 1 },
	{ "Kovalev", NULL, NULL, "Comrade Kovalev!", 2 },
	{ "Malik", NULL, NULL, "To Comrade Malik, Ya.A.", 2 },
	{ "Ho Chi Minh", NULL, "Hồ Chí Minh", "Comrade Ho Chi Minh!", 2 },
	{ "Kim Il", NULL, NULL, "Comrade Kim Il!", 1 },
	{ "Deng Hua", NULL, NULL, "Comrade Deng Hua!", 1 },
	{ "Ri Ju-yeon", NULL, "Ri Ju Yon", "Comrade Ri Ju-yeon!", 1 },
};
#define N_PEOPLE ((int)(sizeof(people) / sizeof(people[0])))

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December",
};

static const char *const translit[] = {
	"nedovol'stvo", "k bol'shoi voine", "kommunikatsii", "perestroiki", "sovetniki",
	"dobrovol'tsy", "shifrtelegramma", "vooruzhenie", "nastuplenie", "soglashenie",
	"peregovory", "oborona", "razvedka", "podkreplenie", "zhen min zhi yuan jun",
	"kangmei yuanchao", "inmin'gun", "chuch'e",
};

static const char *const cyrillic[] = {
	"Совершенно", "секретно", "товарищу", "Сталину", "шифртелеграмма", "Пхеньян", "Москва",
	"Ким", "Ир", "Сен", "армия", "вопрос", "корейских", "китайских", "товарищей", "войска",
	"мы", "считаем", "необходимым", "помощь", "оружие", "дивизий", "перемирия", "переговоры",
	"фронт", "противник", "ЦК", "ВКП(б)", "Штыков", "Фын", "Си", "Мао", "Цзэдун", "просим",
	"сообщить", "ответ", "ваша", "телеграмма", "получена", "и", "в", "на", "по", "не",
};

static const char *const cjk[] = {
	"毛泽东", "金日成", "周恩来", "斯大林", "彭德怀", "高岗", "志愿军", "朝鲜", "中国",
	"苏联", "电报", "同志", "停战", "谈判", "三八线", "部队", "我们", "意见", "同意",
};

static const char *const hangul[] = {
	"김일성", "조선민주주의인민공화국", "동지", "인민군", "조국", "통일", "해방", "전쟁",
	"평양", "서울", "중국", "소련", "인민", "혁명",
};

static const char *const diacritic_words[] = {
	"détente", "Nguyễn", "Zhōu", "Ēnlái", "Mǎ", "Dōngběi", "Ülbricht", "Gomułka", "Novotný",
	"Rákosi", "Çankaya", "Hà Nội", "São", "Kraków", "Łódź", "façade", "rôle", "naïve",
};

static const char *const archives[] = {
	"Archive of the President, Russian Federation (APRF), f. %d, op. %d, d. %d, listy %d-%d.",
	"Archive of Foreign Policy, Russian Federation (AVPRF), fond 059a, opis %d, delo %d, papka %d, listy %d-%d.",
	"Center for Storage of Contemporary Documentation (TsKhSD), fond %d, opis %d, delo %d, listy %d-%d.",
	"Russian State Archive of Socio-Political History (RGASPI), f. %d, op. %d, d. %d, ll. %d-%d.",
	"Central Archive of the Ministry of Defense (TsAMO), fond %d, opis %d, delo %d, listy %d-%d.",
};

static const char *const translators[] = {
	"Vladislav Zubok", "Kathryn Weathersby", "Gary Goldberg", "Sergey Radchenko",
	"Chen Jian", "James Person", "Charles Kraus", "Danny Rozas",
};

static const char *const rights =
	"The History and Public Policy Program welcomes reuse of Digital Archive materials for "
	"research and educational purposes. Some documents may be subject to copyright, which is "
	"retained by the rights holders in accordance with US and international copyright laws. "
	"When possible, rights holders have been contacted for permission to reproduce their "
	"materials.";

static const char *const enquire =
	"To enquire about this document's rights status or request permission for commercial use, "
	"please contact the History and Public Policy Program at [email protected].";

/* ---- documents --------------------------------------------------------- */

enum layout { L_WEB, L_MARKDOWN, L_LETTER, L_FRAGMENT };
enum kind { K_LETTER, K_TELEGRAM, K_CONVERSATION, K_REPORT, K_MEMO, K_NKINDS };

/* What other documents may know about document i: computed from
 * (seed, i, n) alone. */
struct meta {
	int y, m, d;            /* date */
	uint32_t telno;         /* ciphered telegram number */
	int from, to;           /* indexes into people */
	int kind;
	int layout;
};

static uint64_t g_seed;
static unsigned long g_n;

static int pick_person(struct rng *r)
{
	int total = 0;
	for (int i = 0; i < N_PEOPLE; i++)
		total += people[i].weight;
	int x = (int)rng_below(r, (uint32_t)total);
	for (int i = 0; i < N_PEOPLE; i++) {
		if (x < people[i].weight)
			return i;
		x -= people[i].weight;
	}
	return 0;
}

/* Days since 1970-01-01 to civil date (H. Hinnant). */
static void civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

static void meta_of(unsigned long i, struct meta *mt)
{
	struct rng r;
	rng_seed(&r, g_seed, i, 0x6d657461);
	/* Chronological by index: 1945-01-01 .. 1975, with some jitter. */
	long first = -9131;     /* 1945-01-01 */
	long span = 30L * 365;
	long day = first + (long)((double)i * (double)span / (double)(g_n ? g_n : 1)) +
		   (long)rng_below(&r, 20);
	civil(day, &mt->y, &mt->m, &mt->d);
	mt->telno = 10000 + rng_below(&r, 890000);
	mt->from = pick_person(&r);
	do
		mt->to = pick_person(&r);
	while (mt->to == mt->from);
	mt->kind = (int)rng_below(&r, K_NKINDS);
	uint32_t l = rng_below(&r, 100);
	mt->layout = l < 40 ? L_WEB : l < 72 ? L_MARKDOWN : l < 94 ? L_LETTER : L_FRAGMENT;
}

/* State while writing one document. */
struct gen {
	struct rng r;
	struct buf *b;
	unsigned long i;
	struct meta mt;
	const char *sep;        /* paragraph separator */
	int damaged;            /* extracted from print: page-break hyphens, stray marks */
	uint32_t rare[4];
	int nrare;
};

/* The rare names of document i. */
static int doc_rare(unsigned long i, uint32_t out[4])
{
	struct rng r;
	rng_seed(&r, g_seed, i, 0x72617265);
	int n = 1 + (int)rng_below(&r, 4);
	for (int k = 0; k < n; k++)
		out[k] = rng_below(&r, N_RARE);
	return n;
}

static void put_person(struct gen *g, int p, int caps)
{
	const struct person *pp = &people[p];
	const char *name = pp->name;
	if (caps) {
		for (const char *c = name; *c; c++) {
			char ch = *c;
			buf_ch(g->b, (ch >= 'a' && ch <= 'z') ? (char)(ch - 32) : ch);
		}
		return;
	}
	uint32_t x = rng_below(&g->r, 100);
	if (pp->alias && x < 25)
		buf_printf(g->b, "%s [%s]", pp->alias, name);
	else if (pp->variant && x < 35)
		buf_printf(g->b, "%s [%s]", name, pp->variant);
	else if (pp->variant && x < 40)
		buf_str(g->b, pp->variant);
	else if (x < 60 && !strchr(name, ' '))
		buf_printf(g->b, "Comrade %s", name);
	else
		buf_str(g->b, name);
}

static void put_date_dmy(struct gen *g, const struct meta *m)
{
	buf_printf(g->b, "%d %s %d", m->d, months[m->m - 1], m->y);
}

/* A reference to an earlier document, as the letters write them. */
static void put_reference(struct gen *g, int yours)
{
	if (g->i == 0) {
		buf_str(g->b, "your telegram");
		return;
	}
	unsigned long back = 1 + rng_below(&g->r, (uint32_t)(g->i < 300 ? g->i : 300));
	struct meta o;
	meta_of(g->i - back, &o);
	uint32_t form = rng_below(&g->r, 7);
	if (yours && (form == 3 || form == 5))
		form = 0;
	switch (form) {
	case 0:
		buf_printf(g->b, "your telegram of %d %s", o.d, months[o.m - 1]);
		break;
	case 1: {
		struct meta o2;
		meta_of(g->i - back + (back > 1), &o2);
		buf_printf(g->b, "your cable of %d %s and %d %s", o.d, months[o.m - 1], o2.d,
			   months[o2.m - 1]);
		break;
	}
	case 2:
		buf_printf(g->b, "Ciphered Telegram No. %u", (unsigned)o.telno);
		break;
	case 3:
		buf_printf(g->b, "directive dated %d.%d.%02d", o.d, o.m, o.y % 100);
		break;
	case 4:
		buf_str(g->b, "the letter of cde. ");
		put_person(g, o.from, 1);
		break;
	case 5:
		buf_printf(g->b, "my telegram No. %u of %d %s", (unsigned)o.telno, o.d,
			   months[o.m - 1]);
		break;
	default:
		buf_printf(g->b, "your letter of %s %d, %d", months[o.m - 1], o.d, o.y);
		break;
	}
}

/* An editors' bracket, after a word. */
static void put_bracket(struct gen *g)
{
	switch (rng_below(&g->r, 6)) {
	case 0:
		buf_str(g->b, " [sic]");
		break;
	case 1:
		buf_str(g->b, " [...]");
		break;
	case 2:
		buf_printf(g->b, " [%s]", PICK(&g->r, translit));
		break;
	case 3: {       /* words supplied for sense */
		int n = 2 + (int)rng_below(&g->r, 3);
		buf_str(g->b, " [");
		for (int k = 0; k < n; k++) {
			if (k)
				buf_ch(g->b, ' ');
			int w = vocab_draw(&g->r);
			buf_mem(g->b, V.word[w], V.wlen[w]);
		}
		buf_ch(g->b, ']');
		break;
	}
	case 4: {       /* uncertain reading */
		int w = vocab_draw(&g->r);
		buf_str(g->b, " [");
		buf_mem(g->b, V.word[w], V.wlen[w]);
		buf_str(g->b, rng_chance(&g->r, 500) ? " upon?]" : "?]");
		break;
	}
	default:
		buf_str(g->b, " [the possibility]");
		break;
	}
}

static void put_word(struct gen *g, const char *w, size_t n, int cap)
{
	struct buf *b = g->b;
	if (g->damaged && n >= 7 && rng_chance(&g->r, 8)) {
		/* a word hyphenated across a page break */
		size_t cut = 2 + rng_below(&g->r, (uint32_t)(n - 4));
		buf_mem(b, w, cut);
		buf_str(b, "-\n\n\n\n\n");
		buf_mem(b, w + cut, n - cut);
		return;
	}
	if (g->damaged && rng_chance(&g->r, 4))
		buf_str(b, rng_chance(&g->r, 500) ? "·" : ".");
	if (cap && w[0] >= 'a' && w[0] <= 'z') {
		buf_ch(b, (char)(w[0] - 32));
		buf_mem(b, w + 1, n - 1);
	} else {
		buf_mem(b, w, n);
	}
}

/* Plain running words. */
static void put_words(struct gen *g, int n, int cap_first)
{
	for (int k = 0; k < n; k++) {
		if (k || !cap_first)
			buf_ch(g->b, ' ');
		uint32_t x = rng_below(&g->r, 1000);
		if (x < 25) {
			put_person(g, pick_person(&g->r), 0);
		} else if (x < 32 && g->nrare) {
			char rn[32];
			rare_name(g->rare[rng_below(&g->r, (uint32_t)g->nrare)], rn);
			buf_str(g->b, rn);
		} else if (x < 34) {
			buf_str(g->b, PICK(&g->r, diacritic_words));
		} else {
			int w = vocab_draw(&g->r);
			put_word(g, V.word[w], V.wlen[w], k == 0 && cap_first);
		}
		if (rng_chance(&g->r, 12))
			put_bracket(g);
		else if (k + 1 < n && rng_chance(&g->r, 70))
			buf_ch(g->b, ',');
	}
}

static void put_sentence(struct gen *g)
{
	uint32_t x = rng_below(&g->r, 100);
	int n = 5 + (int)rng_below(&g->r, 18);
	if (x < 6) {
		buf_str(g->b, "I received ");
		put_reference(g, 1);
		buf_ch(g->b, '.');
		return;
	}
	if (x < 10) {
		buf_str(g->b, "In reply to ");
		put_reference(g, 0);
		buf_ch(g->b, ',');
		put_words(g, n, 0);
	} else if (x < 14) {
		buf_printf(g->b, "Comrade %s said that", people[pick_person(&g->r)].name);
		put_words(g, n, 0);
	} else if (x < 16) {
		buf_str(g->b, "You will receive in a few days the answer to ");
		put_reference(g, 0);
	} else if (x < 18) {
		buf_str(g->b, "According to ");
		put_reference(g, 0);
		buf_ch(g->b, ',');
		put_words(g, n, 0);
	} else if (x < 20) {
		buf_printf(g->b, "On %d %s", 1 + rng_below(&g->r, 28), PICK(&g->r, months));
		put_words(g, n, 0);
	} else {
		put_words(g, n, 1);
	}
	buf_ch(g->b, rng_chance(&g->r, 30) ? '?' : '.');
}

static void put_paragraph(struct gen *g)
{
	int n = 2 + (int)rng_below(&g->r, 6);
	for (int k = 0; k < n; k++) {
		if (k)
			buf_ch(g->b, ' ');
		put_sentence(g);
	}
}

static void sep(struct gen *g)
{
	buf_str(g->b, g->sep);
}

static void put_foreign_paragraph(struct gen *g)
{
	uint32_t x = rng_below(&g->r, 10);
	int n = 8 + (int)rng_below(&g->r, 30);
	if (x < 6) {
		for (int k = 0; k < n; k++) {
			buf_str(g->b, PICK(&g->r, cyrillic));
			buf_str(g->b, k + 1 == n ? "." : rng_chance(&g->r, 100) ? ", " : " ");
		}
	} else if (x < 8) {
		for (int k = 0; k < n; k++) {
			buf_str(g->b, PICK(&g->r, cjk));
			if (rng_chance(&g->r, 200))
				buf_str(g->b, k + 1 == n ? "。" : "，");
		}
		buf_str(g->b, "。");
	} else {
		for (int k = 0; k < n; k++) {
			buf_str(g->b, PICK(&g->r, hangul));
			buf_str(g->b, k + 1 == n ? "." : " ");
		}
	}
}

static void put_title(struct gen *g, int brackets)
{
	const struct meta *m = &g->mt;
	const struct person *f = &people[m->from], *t = &people[m->to];
	switch (m->kind) {
	case K_LETTER:
		if (f->alias)
			buf_printf(g->b, brackets ? "Letter from %s [%s] to %s" : "Letter from %s (%s) to %s",
				   f->alias, f->name, t->name);
		else
			buf_printf(g->b, "Letter from %s to %s", f->name, t->name);
		break;
	case K_TELEGRAM:
		buf_printf(g->b, "Ciphered Telegram No. %u, ", (unsigned)m->telno);
		if (f->alias)
			buf_printf(g->b, "%s [%s]", f->alias, f->name);
		else
			buf_str(g->b, f->name);
		buf_str(g->b, brackets == 2 && m->telno % 2 ? " to  \n" : " to ");
		if (t->alias)
			buf_printf(g->b, "%s [%s]", t->alias, t->name);
		else
			buf_str(g->b, t->name);
		break;
	case K_CONVERSATION:
		buf_printf(g->b, "Record of a Conversation between %s and %s", f->name, t->name);
		break;
	case K_REPORT: {
		int w = 100 + (int)(m->telno % 300);
		buf_printf(g->b, "Report from %s to %s on the %s Question", f->name, t->name,
			   V.word[w]);
		break;
	}
	default:
		buf_printf(g->b, "Telegram from %s to %s", f->name, t->name);
		break;
	}
}

static void put_summary(struct gen *g)
{
	const struct meta *m = &g->mt;
	char rn[32];
	rare_name(g->rare[0], rn);
	buf_printf(g->b, "%s %s %s about %s", people[m->from].name,
		   PICK(&g->r, ((const char *const[]){ "reports to", "sends", "informs",
						       "cables", "writes to", "asks" })),
		   people[m->to].name, rn);
	put_words(g, 10 + (int)rng_below(&g->r, 20), 0);
	buf_ch(g->b, '.');
	if (rng_chance(&g->r, 600)) {
		buf_ch(g->b, ' ');
		put_sentence(g);
	}
}

static void put_citation(struct gen *g)
{
	int a = (int)rng_below(&g->r, (uint32_t)(sizeof(archives) / sizeof(archives[0])));
	int l0 = 1 + (int)rng_below(&g->r, 300);
	buf_printf(g->b, archives[a], 1 + (int)rng_below(&g->r, 90), 1 + (int)rng_below(&g->r, 20),
		   1 + (int)rng_below(&g->r, 900), l0, l0 + (int)rng_below(&g->r, 9));
}

/* Writes body paragraphs until the document holds about target bytes. */
static void put_body(struct gen *g, size_t target)
{
	int para = 0;
	while (g->b->len < target || para == 0) {
		if (para)
			sep(g);
		if (para && rng_chance(&g->r, 25))
			put_foreign_paragraph(g);
		else if (para && rng_chance(&g->r, 8))
			buf_str(g->b, "[...]");
		else
			put_paragraph(g);
		para++;
	}
}

static void put_signature_date(struct gen *g)
{
	put_date_dmy(g, &g->mt);
}

static size_t target_size(struct rng *r)
{
	/* 80% in 1.5-5.5 KB, 20% in 3.5-13.5 KB: mean ~4.5 KB */
	if (rng_chance(r, 800))
		return 1500 + rng_below(r, 4000);
	return 3500 + rng_below(r, 10000);
}

static void doc_generate(struct buf *b, unsigned long i)
{
	struct gen G = { .b = b, .i = i };
	struct gen *g = &G;
	rng_seed(&g->r, g_seed, i, 0x646f63);
	meta_of(i, &g->mt);
	g->nrare = doc_rare(i, g->rare);
	g->damaged = rng_chance(&g->r, 120);
	g->sep = g->damaged ? "\n\n\n" : "\n\n";
	size_t target = target_size(&g->r);
	const struct meta *m = &g->mt;
	b->len = 0;

	switch (m->layout) {
	case L_WEB:
		buf_printf(b, "Skip to content\n\n%s %d, %d\n\n", months[m->m - 1], m->d, m->y);
		put_title(g, 0);
		buf_str(b, "\n\n\n");
		buf_str(b, people[m->to].salute);
		buf_str(b, "\n\n");
		put_body(g, target > 1100 ? target - 1100 : 0);
		buf_str(b, "\n\n");
		put_signature_date(g);
		buf_str(b, ".\n\n\n");
		if (rng_chance(&g->r, 250)) {
			buf_str(b, "[Handwritten: This letter was delivered to Comrade ");
			put_person(g, pick_person(&g->r), 0);
			buf_printf(b, " on %s %d, %d at %d:%02d pm.]\n\n\n", months[m->m - 1], m->d,
				   m->y, 1 + rng_below(&g->r, 12), rng_below(&g->r, 60));
		}
		put_summary(g);
		buf_str(b, "\n\n\nDocument Information\n\n\n");
		put_citation(g);
		buf_str(b, "\n\n\n");
		buf_str(b, rights);
		buf_str(b, "\n\n");
		buf_str(b, enquire);
		buf_str(b, "\n\nOriginal Uploaded Date\n\n");
		if (rng_chance(&g->r, 500))
			buf_printf(b, "%d-%02d-%02d 15:%02d:00", 2011 + rng_below(&g->r, 8),
				   1 + rng_below(&g->r, 12), 1 + rng_below(&g->r, 28),
				   rng_below(&g->r, 60));
		buf_str(b, "\n\n\n\n\nRecord ID");
		if (rng_chance(&g->r, 500))
			buf_printf(b, "\n\n%lu", 110000 + i);
		buf_ch(b, '\n');
		break;

	case L_MARKDOWN:
		buf_printf(b, "\n\n**%s %d, %d**\n\n**", months[m->m - 1], m->d, m->y);
		put_title(g, 2);
		buf_str(b, "**\n\n**Citation:**\n\n\"");
		put_title(g, 1);
		buf_printf(b, "\", %s %d, %d, Wilson Center Digital Archive, ", months[m->m - 1], m->d,
			   m->y);
		put_citation(g);
		buf_printf(b, " Translated by %s <https://digitalarchive.umd.edu/document/%lu>",
			   PICK(&g->r, translators), 110000 + i);
		buf_str(b, "\n\n**Summary:**\n\n");
		put_summary(g);
		buf_str(b, "\n\n**Credits:**\n\nThis document was made possible with support from ");
		buf_str(b, rng_chance(&g->r, 500) ? "Leon Levy Foundation" : "the Korea Foundation");
		buf_str(b, "\n\n**Original Language:**\n\n");
		buf_str(b, PICK(&g->r, ((const char *const[]){ "Russian", "Russian", "Chinese",
								 "Korean", "English" })));
		buf_str(b, "\n\n**Contents:**\n\nTranslation - English\n\n[...]\n\n");
		if (m->kind == K_TELEGRAM) {
			buf_str(b, "To be returned after 6 days  \nTop Secret\n\n");
			buf_printf(b, "CIPHERED TELEGRAM # %u  \n", (unsigned)m->telno);
			put_date_dmy(g, m);
			buf_str(b, "\n\nTo Pyongyang\n\n");
			const struct person *t = &people[m->to];
			if (t->alias) {
				for (const char *c = t->alias; *c; c++)
					buf_ch(b, (*c >= 'a' && *c <= 'z') ? (char)(*c - 32) : *c);
				buf_printf(b, " [pseudonym for Soviet Amb. %s]\n\n", t->name);
			} else {
				put_person(g, m->to, 1);
				buf_str(b, "\n\n");
			}
		} else {
			buf_str(b, "Strictly secret.\n\n");
		}
		put_body(g, target > 300 ? target - 300 : 0);
		buf_str(b, "\n\n");
		put_person(g, m->from, 1);
		if (people[m->from].alias)
			buf_printf(b, " [%s]", people[m->from].name);
		buf_printf(b, "\n\n2 copies - 1 - cde. Vasilevsky  \n2. - cde. %s, %d.%d.%02d\n\n",
			   people[m->from].alias ? people[m->from].alias : people[m->from].name, m->d,
			   m->m, m->y % 100);
		buf_printf(b, "Typed by Budanova %d.%d.%02d, %d:00 [am]\n", m->d, m->m, m->y % 100,
			   1 + rng_below(&g->r, 11));
		break;

	case L_LETTER:
		buf_str(b, people[m->to].salute);
		buf_str(b, "\n\n");
		put_body(g, target > 200 ? target - 200 : 0);
		buf_str(b, "\n\nWith communist greetings!\n\n");
		buf_str(b, people[m->from].name);
		if (rng_chance(&g->r, 300)) {
			buf_ch(b, ' ');
			buf_str(b, people[pick_person(&g->r)].name);
		}
		buf_str(b, "\n\n");
		put_signature_date(g);
		buf_ch(b, '\n');
		if (rng_chance(&g->r, 200)) {
			buf_str(b, "\n[attached handwritten letter].\n\n\"To Comrade ");
			buf_str(b, people[m->from].name);
			buf_str(b, ":\n\n");
			put_paragraph(g);
			buf_str(b, "\n\n");
			buf_str(b, people[m->to].name);
			buf_printf(b, "\n\n%d.%d.%02d\"", m->d, m->m, m->y % 100);
		}
		break;

	default: /* L_FRAGMENT: a headless web export, " \n" between paragraphs */
		g->sep = " \n \n";
		buf_str(b, " [...]\n \nStrictly secret. \n \n");
		put_body(g, target > 400 ? target - 400 : 0);
		buf_str(b, "\n ");
		put_summary(g);
		buf_str(b, "\n ");
		break;
	}
	if (buf_last(b) != '\n' && rng_chance(&g->r, 500))
		buf_ch(b, '\n');
}

/* ---- queries ----------------------------------------------------------- */

/* Fifty queries a reader might type, over the frequency range: content words
 * at log-spaced Zipf ranks, needle names from documents across the corpus,
 * correspondents, a Cyrillic word and two multi-word queries. */
static void print_queries(void)
{
	int first = (int)(sizeof(function_words) / sizeof(function_words[0]));
	int nq = 30, prev = -1;
	for (int k = 0; k < nq; k++) {
		double f = (double)k / (nq - 1);
		int rank = first + (int)(pow((double)(V.n - first), f)) - 1;
		if (rank <= prev)
			rank = prev + 1;
		if (rank >= V.n)
			rank = V.n - 1;
		prev = rank;
		const char *w = V.word[rank];
		if (strchr(w, '-') || strchr(w, '\''))
			w = V.word[rank + 1 < V.n ? rank + 1 : rank - 1];
		printf("%s\n", w);
	}
	for (int k = 0; k < 12; k++) {
		unsigned long i = (unsigned long)((double)g_n * (k + 0.5) / 12);
		uint32_t rr[4];
		doc_rare(i, rr);
		char rn[32];
		rare_name(rr[0], rn);
		printf("%s\n", rn);
	}
	printf("Shtykov\nVyshinsky\nShtraus\nZakharov\nсекретно\nKim Il Sung\nciphered telegram\nMayveyev\n");
}

/* ---- main -------------------------------------------------------------- */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int usage(void)
{
	fprintf(stderr, "usage: gen OUT_DIR N [SEED]\n       gen --queries N [SEED]\n");
	return 2;
}

static int parse_ulong(const char *s, unsigned long *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || end == s || *end)
		return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4)
		return usage();
	unsigned long n, seed = 1;
	if (parse_ulong(argv[2], &n) || (argc == 4 && parse_ulong(argv[3], &seed)))
		return usage();
	g_seed = seed;
	g_n = n;
	vocab_init();

	if (!strcmp(argv[1], "--queries")) {
		print_queries();
		return 0;
	}

	const char *dir = argv[1];
	if (mkdir(dir, 0777) && errno != EEXIST) {
		fprintf(stderr, "gen: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	double t0 = now();
	struct buf b = { 0 };
	size_t plen = strlen(dir) + 64;
	char *path = malloc(plen);
	if (!path)
		return 1;
	unsigned long long total = 0;
	for (unsigned long i = 0; i < n; i++) {
		doc_generate(&b, i);
		snprintf(path, plen, "%s/%06lu_%016llx.txt", dir, i,
			 (unsigned long long)mix64(seed * 0x9e3779b97f4a7c15ULL + i));
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
		if (fd < 0) {
			fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
			return 1;
		}
		size_t off = 0;
		while (off < b.len) {
			ssize_t w = write(fd, b.p + off, b.len - off);
			if (w < 0) {
				if (errno == EINTR)
					continue;
				fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
				return 1;
			}
			off += (size_t)w;
		}
		if (close(fd)) {
			fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
			return 1;
		}
		total += b.len;
	}
	printf("gen: %lu documents, %llu bytes (%.0f bytes average) in %.2f s\n", n, total,
	       n ? (double)total / (double)n : 0.0, now() - t0);
	free(path);
	free(b.p);
	return 0;
}
