/* test_anchor.c: anchors made on one text and found again in another. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "dossier/anchor.h"
#include "dossier/util.h"
#include "test.h"

/* What a relocation gave: the outcome, the span and its text. */
struct got {
	enum anchor_outcome o;
	size_t s, e;
	double score;
	char *text;
};

static void got_free(struct got *g)
{
	free(g->text);
	g->text = NULL;
}

static struct got locate(const struct anchor *a, const char *body)
{
	struct got g;
	size_t len = strlen(body);

	g.o = anchor_locate(a, body, len, &g.s, &g.e, &g.score);
	g.text = xstrndup(body + g.s, g.e - g.s);
	return g;
}

/* Anchors the first occurrence of quote in old, and finds it in new. */
static struct got moved(const char *old, const char *quote, const char *new)
{
	struct anchor a;
	struct got g;
	const char *p = strstr(old, quote);
	size_t s = p ? (size_t)(p - old) : 0;

	anchor_make(old, strlen(old), s, s + strlen(quote), &a);
	g = locate(&a, new);
	anchor_clear(&a);
	return g;
}

/* Replaces the first occurrence of from in s with to (a new string). */
static char *replace(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	struct buf b;

	if (!p)
		return xstrdup(s);
	buf_init(&b);
	buf_add(&b, s, (size_t)(p - s));
	buf_adds(&b, to);
	buf_adds(&b, p + strlen(from));
	return buf_detach(&b);
}

/* Is offset i on a character boundary: not inside a UTF-8 sequence, not
 * before a combining mark? */
static int on_boundary(const char *body, size_t len, size_t i)
{
	ucs4_t uc;

	if (i == 0 || i >= len)
		return i <= len;
	if (((unsigned char)body[i] & 0xC0) == 0x80)
		return 0;
	u8_mbtouc(&uc, (const uint8_t *)body + i, len - i);
	return !uc_is_general_category(uc, UC_CATEGORY_M);
}

static int span_ok(const char *body, const struct got *g)
{
	size_t len = strlen(body);

	return g->s <= g->e && g->e <= len && on_boundary(body, len, g->s) && on_boundary(body, len, g->e) &&
	       u8_check((const uint8_t *)body + g->s, g->e - g->s) == NULL;
}

/* English-like text from a word list, deterministic for a seed. */
static const char *words[] = {
	"the", "of", "and", "to", "in", "a", "that", "is", "was", "he", "for", "it", "with", "as", "his",
	"on", "be", "at", "by", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which",
	"you", "were", "her", "all", "she", "there", "would", "their", "we", "him", "been", "has", "when",
	"who", "will", "more", "no", "if", "out", "so", "said", "what", "up", "its", "about", "into",
	"than", "them", "can", "only", "other", "new", "some", "could", "time", "these", "two", "may",
	"then", "do", "first", "any", "my", "now", "such", "like", "our", "over", "man", "me", "even",
	"most", "made", "after", "also", "did", "many", "before", "must", "through", "back", "years",
	"where", "much", "your", "way", "well", "down", "should", "because", "each", "just", "those",
	"people", "how", "too", "little", "state", "good", "very", "make", "world", "still", "own",
	"see", "men", "work", "long", "get", "here", "between", "both", "life", "being", "under",
	"never", "day", "same", "another", "know", "while", "last", "might", "us", "great", "old",
	"year", "off", "come", "since", "against", "go", "came", "right", "used", "take", "three",
	"government", "comrade", "telegram", "letter", "Korea", "Soviet", "question", "troops",
	"ambassador", "answer", "received", "question", "army", "situation", "Chinese", "proposal",
};

static uint32_t rng_state;

static uint32_t rng(void)
{
	rng_state = rng_state * 1664525u + 1013904223u;
	return rng_state >> 8;
}

static char *gen_text(uint32_t seed, size_t bytes)
{
	struct buf b;
	size_t nw = sizeof words / sizeof words[0], sentence = 0;

	rng_state = seed;
	buf_init(&b);
	while (b.len < bytes) {
		const char *w = words[rng() % nw];
		if (sentence == 0 && b.len)
			buf_adds(&b, rng() % 6 == 0 ? "\n\n" : " ");
		else if (b.len)
			buf_addc(&b, ' ');
		if (sentence == 0) {
			buf_addc(&b, (char)(w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0]));
			buf_adds(&b, w + 1);
		} else {
			buf_adds(&b, w);
		}
		if (++sentence > 6 + rng() % 14) {
			buf_addc(&b, rng() % 5 == 0 ? ',' : '.');
			sentence = b.data[b.len - 1] == '.' ? 0 : sentence;
		}
	}
	return buf_detach(&b);
}

static const char *letter =
	"We have received your cable of 30 September and 1 October. These cables show that "
	"the situation of our Korean friends is very grave.\n\n"
	"You will receive in a few days the answer to the letter of cde. KIM IL SUNG. "
	"Ambassador Shtykov is to tell the Koreans that the Soviet government has taken note "
	"of their request.\n\n"
	"Regarding the troops, we think it possible to move five or six divisions to the "
	"38th parallel at once, so that the Korean comrades can reorganise in the north.\n\n"
	"Feng Xi\n";

static void test_kept_and_moved(void)
{
	struct got g;
	char *new;

	g = moved(letter, "the letter of cde. KIM IL SUNG", letter);
	CHECK_STR(anchor_outcome_name(g.o), "kept");
	CHECK_STR(g.text, "the letter of cde. KIM IL SUNG");
	CHECK(g.score == 1.0);
	got_free(&g);

	/* Insertion before the passage: the same words, further on. */
	new = replace(letter, "We have", "TOP SECRET. Ciphered Telegram No. 75352.\n\nWe have");
	g = moved(letter, "the letter of cde. KIM IL SUNG", new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_STR(g.text, "the letter of cde. KIM IL SUNG");
	CHECK_INT(g.s, strstr(new, "the letter of cde.") - new);
	CHECK(g.score > 0.95);
	got_free(&g);
	free(new);

	/* Deletion before it. */
	new = replace(letter, "of 30 September and 1 October", "");
	g = moved(letter, "Ambassador Shtykov", new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_STR(g.text, "Ambassador Shtykov");
	got_free(&g);
	free(new);

	/* A paragraph moved from the middle to the end. */
	{
		const char *p2 = "Regarding the troops, we think it possible to move five or six divisions to the "
				 "38th parallel at once, so that the Korean comrades can reorganise in the north.\n\n";
		char *cut = replace(letter, p2, "");
		new = replace(cut, "Feng Xi\n", "Feng Xi\n\nP.S. ");
		free(cut);
		cut = xasprintf("%s%s", new, p2);
		g = moved(letter, "move five or six divisions to the 38th parallel", cut);
		CHECK_STR(anchor_outcome_name(g.o), "moved");
		CHECK_STR(g.text, "move five or six divisions to the 38th parallel");
		CHECK(g.s > (size_t)(strstr(cut, "P.S.") - cut));
		got_free(&g);
		/* The whole paragraph annotated: its context is new on both
		 * sides, the quote carries it. */
		g = moved(letter, p2, cut);
		CHECK_STR(anchor_outcome_name(g.o), "moved");
		CHECK_STR(g.text, p2);
		got_free(&g);
		free(cut);
		free(new);
	}
}

static void test_fuzzy(void)
{
	struct got g;
	char *new;

	/* Deletion inside the passage. */
	new = replace(letter, "cde. KIM", "KIM");
	g = moved(letter, "the answer to the letter of cde. KIM IL SUNG", new);
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "the answer to the letter of KIM IL SUNG");
	CHECK(g.score > 0.8 && g.score < 1.0);
	got_free(&g);
	free(new);

	/* Changed words inside the passage. */
	new = replace(letter, "has taken note of their request", "has noted their request");
	g = moved(letter, "the Soviet government has taken note of their request", new);
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "the Soviet government has noted their request");
	got_free(&g);
	free(new);

	/* A misspelt name corrected: a short quote carried by its context. */
	new = replace(letter, "Shtykov", "Shtytkov");
	g = moved(letter, "Shtykov", new);
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "Shtytkov");
	got_free(&g);
	free(new);

	/* An edit in place beats an exact copy far off with another context. */
	{
		char *filler = gen_text(7, 20000), *doc, *ed;
		struct anchor a;
		size_t at;
		doc = xasprintf("Opening: the Soviet government has protested.\n\n%s\n\nIn Moscow the Soviet "
				"government has taken note.\n",
				filler);
		at = (size_t)(strstr(doc, "Moscow the Soviet") - doc) + 7;
		anchor_make(doc, strlen(doc), at, at + strlen("the Soviet government has"), &a);
		CHECK_STR(a.quote, "the Soviet government has");
		ed = replace(doc, "Moscow the Soviet government has", "Moscow the Soviet Government has");
		g = locate(&a, ed);
		CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
		CHECK_STR(g.text, "the Soviet Government has");
		CHECK_INT(g.s, at);
		got_free(&g);
		anchor_clear(&a);
		free(doc);
		free(ed);
		free(filler);
	}

	/* A short passage rewritten: an exact copy elsewhere, in another
	 * context, is a coincidence, not the passage. */
	{
		char *filler = gen_text(5, 6000), *doc, *ed;
		struct anchor a;
		size_t at;
		doc = xasprintf("The withdrawal of the troops began in May.\n\n%s\n\nThe question of the troops "
				"was raised by Vyshinsky.\n",
				filler);
		at = (size_t)(strstr(doc, "question of the troops") - doc) + 9;
		anchor_make(doc, strlen(doc), at, at + strlen("of the troops"), &a);
		ed = replace(doc, "question of the troops was raised by", "matter of our army came up with");
		g = locate(&a, ed);
		CHECK_STR(anchor_outcome_name(g.o), "orphaned");
		CHECK_INT(g.s, at);
		got_free(&g);
		/* Where it was, with one side of its context, it is found. */
		free(ed);
		ed = replace(doc, "question of the troops was", "question of the troops is");
		g = locate(&a, ed);
		CHECK_STR(anchor_outcome_name(g.o), "kept");
		got_free(&g);
		anchor_clear(&a);
		free(doc);
		free(ed);
		free(filler);
	}

	/* A quote under 4 bytes is found only exactly. */
	new = replace(letter, "38th", "39th");
	g = moved(letter, "38t", new);
	CHECK_STR(anchor_outcome_name(g.o), "orphaned");
	got_free(&g);
	free(new);
}

static void test_duplicates(void)
{
	struct anchor a;
	struct got g;
	const char *para = "I received your telegram of 13 June.";
	char *old, *new;
	size_t at;

	/* A letter duplicated whole: both copies agree with the context, the
	 * nearest to the old place wins. */
	old = xasprintf("Moscow.\n\n%s\n\nStalin.\n", para);
	new = xasprintf("%s%s", old, old);
	g = moved(old, "your telegram of 13 June", new);
	CHECK_STR(anchor_outcome_name(g.o), "kept");
	CHECK_INT(g.s, strstr(new, "your telegram") - new);
	got_free(&g);
	free(new);
	new = xasprintf("Copy.\n%s%s", old, old);
	g = moved(old, "your telegram of 13 June", new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_INT(g.s, strstr(new, "your telegram") - new);
	got_free(&g);
	free(new);
	/* The paragraph copied elsewhere: the copy in the old surroundings
	 * wins over one nearer the old offset. */
	new = xasprintf("Kazan.\n\n%s\n\nMoscow.\n\n%s\n\nStalin.\n", para, para);
	g = moved(old, "your telegram of 13 June", new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_INT(g.s, strstr(strstr(new, "Moscow"), "your telegram") - new);
	got_free(&g);
	free(old);
	free(new);

	/* Two occurrences with their own contexts; text inserted at the top
	 * brings the first to the old offset of the second, annotated one:
	 * the context decides. */
	old = xstrdup("First, the ambassador will reply at once. Later on, after the meeting, "
		      "the ambassador will reply in writing to the minister.");
	at = (size_t)(strstr(old + 10, "the ambassador will reply") - old);
	anchor_make(old, strlen(old), at, at + strlen("the ambassador will reply"), &a);
	{
		size_t first = (size_t)(strstr(old, "the ambassador") - old), pad = at - first;
		char *fill = xmalloc(pad + 1);
		memset(fill, 'x', pad);
		fill[pad - 1] = ' ';
		fill[pad] = '\0';
		new = xasprintf("%s%s", fill, old);
		free(fill);
	}
	CHECK(strncmp(new + at, "the ambassador will reply at once", 33) == 0);
	g = locate(&a, new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_STR(g.text, "the ambassador will reply");
	CHECK(strncmp(new + g.e, " in writing", 11) == 0);
	got_free(&g);
	anchor_clear(&a);
	free(old);
	free(new);

	/* Same contexts far apart: the nearer wins. */
	{
		char *filler = gen_text(3, 9000);
		old = xasprintf("%s\n\n%s\n\n%s\n\n%s\n", filler, para, filler, para);
		at = (size_t)(strstr(old + strlen(filler) + 4, para) - old);
		anchor_make(old, strlen(old), at, at + strlen(para), &a);
		new = replace(old, "\n\n", "\n\nInserted sentence.\n\n");
		g = locate(&a, new);
		CHECK_STR(anchor_outcome_name(g.o), "moved");
		CHECK_INT(g.s, at + strlen("Inserted sentence.\n\n"));
		got_free(&g);
		anchor_clear(&a);
		free(old);
		free(new);
		free(filler);
	}
}

static void test_unicode(void)
{
	struct anchor a;
	struct got g;
	const char *ru = "Товарищу Сталину И.В. Мы получили вашу телеграмму от 13 июня и обсудили положение "
			 "в Корее с товарищем Ким Ир Сеном.";
	const char *zh = "毛泽东同志：我们收到了你十月一日的电报，关于朝鲜问题的意见我们完全同意。";
	char *new;
	size_t len, s;

	new = replace(ru, "вашу телеграмму", "вашу срочную телеграмму");
	g = moved(ru, "получили вашу телеграмму от 13 июня", new);
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "получили вашу срочную телеграмму от 13 июня");
	CHECK(span_ok(new, &g));
	got_free(&g);
	free(new);

	new = replace(ru, "Товарищу", "Совершенно секретно.\nТоварищу");
	g = moved(ru, "с товарищем Ким Ир Сеном", new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_STR(g.text, "с товарищем Ким Ир Сеном");
	got_free(&g);
	free(new);

	/* CJK: a character changed inside; the span stays on characters. */
	new = replace(zh, "完全同意", "基本同意");
	g = moved(zh, "关于朝鲜问题的意见我们完全同意", new);
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "关于朝鲜问题的意见我们基本同意");
	CHECK(span_ok(new, &g));
	got_free(&g);
	free(new);

	new = replace(zh, "毛泽东同志", "绝密 毛泽东同志");
	g = moved(zh, "十月一日的电报", new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_STR(g.text, "十月一日的电报");
	got_free(&g);
	free(new);

	/* anchor_make snaps offsets inside a character outwards. */
	len = strlen(zh);
	s = (size_t)(strstr(zh, "电报") - zh);
	anchor_make(zh, len, s + 1, s + 4, &a);
	CHECK_STR(a.quote, "电报");
	CHECK_INT(a.start, s);
	/* 32 characters of context at most, here fewer after. */
	CHECK_INT(u8_mbsnlen((const uint8_t *)a.prefix, strlen(a.prefix)), 17);
	CHECK_STR(a.suffix, "，关于朝鲜问题的意见我们完全同意。");
	anchor_clear(&a);

	/* Combining marks (Cyrillic stress, a macron): never split from their
	 * base. */
	{
		const char *acc = "Он сказа\xcc\x81л: Zho\xcc\x84u Enlai \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb5\xcc\x81\xd1\x85\xd0\xb0\xd0\xbb.";
		size_t alen = strlen(acc), o = (size_t)(strstr(acc, "\xcc\x84") - acc);
		anchor_make(acc, alen, o - 3, o, &a);   /* "Zho" without its macron */
		CHECK_STR(a.quote, "Zho\xcc\x84");
		CHECK_INT(a.end, o + 2);
		anchor_clear(&a);
		/* "Zho" alone is not found where it is "Zhō". */
		CHECK_INT(anchor_find_quote(acc, alen, "Zho", &s, &len), -1);
		CHECK_INT(anchor_find_quote(acc, alen, "Zho\xcc\x84u", &s, &len), 0);
		/* An edit next to a stressed vowel: the match keeps the mark. */
		new = replace(acc, "сказа\xcc\x81л", "сказа\xcc\x81ла");
		g = moved(acc, "сказа\xcc\x81л: Zho\xcc\x84u Enlai", new);
		CHECK(g.o == ANCHOR_FUZZY || g.o == ANCHOR_MOVED);
		CHECK(span_ok(new, &g));
		CHECK(strstr(g.text, "Zho\xcc\x84u Enlai") != NULL);
		got_free(&g);
		free(new);
	}
}

static void test_edges(void)
{
	struct anchor a;
	struct got g;
	char *new;
	size_t s, e;
	const char *body = "Dear comrade, the proposal is accepted. Stalin";

	/* Emptied document. */
	anchor_make(body, strlen(body), 5, 12, &a);
	g = locate(&a, "");
	CHECK_STR(anchor_outcome_name(g.o), "orphaned");
	CHECK_INT(g.s, 0);
	CHECK_INT(g.e, 0);
	CHECK(g.score == 0.0);
	got_free(&g);
	anchor_clear(&a);

	/* Quote at the very start and the very end. */
	g = moved(body, "Dear comrade", body);
	CHECK_STR(anchor_outcome_name(g.o), "kept");
	got_free(&g);
	g = moved(body, "Dear comrade", "Moscow, 14 June.\nDear comrade, the proposal is accepted. Stalin");
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_INT(g.s, 17);
	got_free(&g);
	g = moved(body, "Dear comrade, the", "Dear comrades, the proposal is accepted. Stalin");
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "Dear comrades, the");
	CHECK_INT(g.s, 0);
	got_free(&g);
	g = moved(body, "is accepted. Stalin", "Dear comrade, the proposal is accepted. J. Stalin");
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "is accepted. J. Stalin");
	got_free(&g);
	g = moved(body, body, body);
	CHECK_STR(anchor_outcome_name(g.o), "kept");
	CHECK_STR(g.text, body);
	got_free(&g);

	/* Empty quote: a point found by its context. */
	s = (size_t)(strstr(body, "the proposal") - body);
	anchor_make(body, strlen(body), s, s, &a);
	CHECK_STR(a.quote, "");
	g = locate(&a, body);
	CHECK_STR(anchor_outcome_name(g.o), "kept");
	CHECK_INT(g.s, s);
	CHECK_INT(g.e, s);
	got_free(&g);
	new = xasprintf("Moscow.\n%s", body);
	g = locate(&a, new);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_INT(g.s, s + 8);
	CHECK_INT(g.e, s + 8);
	got_free(&g);
	free(new);
	new = replace(body, "comrade", "comrades");
	g = locate(&a, new);
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_INT(g.s, s + 1);
	CHECK_INT(g.e, g.s);
	got_free(&g);
	free(new);
	g = locate(&a, "Something else entirely, no match here at all, none whatsoever.");
	CHECK_STR(anchor_outcome_name(g.o), "orphaned");
	CHECK_INT(g.s, s);
	CHECK_INT(g.e, s);
	got_free(&g);
	anchor_clear(&a);

	/* An empty body and an empty anchor. */
	anchor_make("", 0, 3, 9, &a);
	CHECK_INT(a.start, 0);
	CHECK_INT(a.end, 0);
	g = locate(&a, "");
	CHECK_STR(anchor_outcome_name(g.o), "kept");
	got_free(&g);
	g = locate(&a, "text");
	CHECK_STR(anchor_outcome_name(g.o), "orphaned");
	got_free(&g);
	anchor_clear(&a);
	anchor_clear(&a);       /* cleared twice: harmless */

	/* Out-of-range offsets. anchor_make clamps and orders them. */
	anchor_make(body, strlen(body), 1000, 40, &a);
	CHECK_INT(a.start, 40);
	CHECK_INT(a.end, strlen(body));
	CHECK_STR(a.quote, "Stalin");
	anchor_clear(&a);
	/* An anchor whose offsets are past the end (or backwards): the quote
	 * is the truth. */
	a.start = 5000;
	a.end = 4000;
	a.quote = xstrdup("the proposal");
	a.prefix = xstrdup("Dear comrade, ");
	a.suffix = xstrdup(" is accepted");
	g = locate(&a, body);
	CHECK_STR(anchor_outcome_name(g.o), "moved");
	CHECK_STR(g.text, "the proposal");
	got_free(&g);
	g = locate(&a, "short");
	CHECK_STR(anchor_outcome_name(g.o), "orphaned");
	CHECK_INT(g.s, 5);
	CHECK_INT(g.e, 5);
	got_free(&g);
	CHECK_INT(anchor_locate(&a, body, strlen(body), NULL, NULL, NULL), ANCHOR_MOVED);
	anchor_clear(&a);
	/* No strings at all. */
	a.start = 2;
	a.end = 3;
	g = locate(&a, body);
	CHECK_STR(anchor_outcome_name(g.o), "orphaned");
	CHECK_INT(g.s, 2);
	CHECK_INT(g.e, 2);
	got_free(&g);

	CHECK_STR(anchor_outcome_name(ANCHOR_KEPT), "kept");
	CHECK_STR(anchor_outcome_name(ANCHOR_MOVED), "moved");
	CHECK_STR(anchor_outcome_name(ANCHOR_FUZZY), "fuzzy");
	CHECK_STR(anchor_outcome_name(ANCHOR_ORPHANED), "orphaned");

	/* anchor_find_quote. */
	CHECK_INT(anchor_find_quote(body, strlen(body), "the proposal", &s, &e), 0);
	CHECK_INT(s, 14);
	CHECK_INT(e, 26);
	CHECK_INT(anchor_find_quote(body, strlen(body), "the treaty", &s, &e), -1);
	CHECK_INT(anchor_find_quote(body, strlen(body), "", &s, &e), -1);
	CHECK_INT(anchor_find_quote(body, strlen(body), "  \n", &s, &e), -1);
	CHECK_INT(anchor_find_quote(letter, strlen(letter), "very grave.You will", &s, &e), -1);
	CHECK_INT(anchor_find_quote(letter, strlen(letter), " is very  grave.  You will ", &s, &e), 0);
	CHECK_INT(e - s, strlen("is very grave.\n\nYou will"));
	CHECK(strncmp(letter + s, "is very grave.\n\nYou will", e - s) == 0);
}

static void test_long(void)
{
	struct got g;
	char *filler = gen_text(11, 12000), *doc, *ed, *q;
	const char *quote;

	/* Longer than 64 bytes (several Myers blocks), changed inside. */
	quote = "These cables show that the situation of our Korean friends is very grave.";
	CHECK(strlen(quote) > 64);
	ed = replace(letter, "is very grave", "is grave indeed");
	g = moved(letter, quote, ed);
	CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
	CHECK_STR(g.text, "These cables show that the situation of our Korean friends is grave indeed.");
	got_free(&g);
	free(ed);

	/* A paragraph of 165 bytes, two edits, and 5,000 bytes inserted
	 * before it: farther than the window, so the whole body is searched. */
	doc = xasprintf("%.6000s\n\n%s\n\n%s", filler, letter, filler + 6000);
	q = xstrndup(strstr(letter, "Regarding"), 165);
	{
		char *e1 = replace(doc, "five or six", "four or five");
		char *e2 = replace(e1, "Korean comrades", "Korean army");
		free(e1);
		e1 = xasprintf("%.100s%.5000s%s", e2, filler + 200, e2 + 100);
		g = moved(doc, q, e1);
		CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
		CHECK(strncmp(g.text, "Regarding the troops, we think it possible to move four or five", 63) == 0);
		CHECK(strstr(g.text, "Korean army") != NULL);
		got_free(&g);
		free(e1);
		free(e2);
	}
	free(q);

	/* Longer than MYERS_MAX: head and tail joined. */
	q = xstrndup(doc + 1000, 6000);
	{
		char *e1 = xstrdup(doc);
		/* Scattered changes inside, well under a quarter. */
		for (size_t i = 1100; i < 6900; i += 700)
			memcpy(e1 + i, "XXXXXXXX", 8);
		ed = xasprintf("Preface of some length.\n\n%s", e1);
		free(e1);
	}
	{
		struct anchor a;
		anchor_make(doc, strlen(doc), 1000, 7000, &a);
		g = locate(&a, ed);
		CHECK_STR(anchor_outcome_name(g.o), "fuzzy");
		CHECK_INT(g.s, 1000 + 25);
		CHECK_INT(g.e, 7000 + 25);
		got_free(&g);
		g = locate(&a, doc);
		CHECK_STR(anchor_outcome_name(g.o), "kept");
		got_free(&g);
		/* The head alone is not enough. */
		ed[25 + 4000] = '\0';
		g = locate(&a, ed);
		CHECK_STR(anchor_outcome_name(g.o), "orphaned");
		got_free(&g);
		anchor_clear(&a);
	}
	free(ed);
	free(q);
	free(doc);
	free(filler);
}

/* Many passages of one text looked for in another made of the same words:
 * none may be taken, not even a short phrase that occurs there verbatim in
 * other surroundings. And the same passages, lightly edited, are found in
 * place. */
static void test_unrelated(void)
{
	char *a = gen_text(1, 60000), *b = gen_text(2, 60000), *c;
	size_t alen = strlen(a), blen = strlen(b), taken = 0, verbatim = 0, found = 0, right = 0, n = 200;
	struct anchor an;

	/* c: a with one letter changed every 97 bytes (~1%). */
	c = xstrdup(a);
	for (size_t i = 50; i < alen; i += 97)
		if (c[i] >= 'a' && c[i] <= 'z')
			c[i] = c[i] == 'z' ? 'a' : (char)(c[i] + 1);
	rng_state = 99;
	for (size_t i = 0; i < n; i++) {
		size_t len = 8 + rng() % 120, s = rng() % (alen - len), st, en;
		enum anchor_outcome o;
		anchor_make(a, alen, s, s + len, &an);
		if (strstr(b, an.quote))
			verbatim++;
		o = anchor_locate(&an, b, blen, &st, &en, NULL);
		if (o != ANCHOR_ORPHANED)
			taken++;
		o = anchor_locate(&an, c, alen, &st, &en, NULL);
		if (o != ANCHOR_ORPHANED)
			found++;
		if (o != ANCHOR_ORPHANED && st < an.end && en > an.start)
			right++;
		anchor_clear(&an);
	}
	printf("# unrelated: %zu of %zu taken (%zu there verbatim); edited: %zu found, %zu in place\n", taken, n,
	       verbatim, found, right);
	CHECK(verbatim > 0);
	CHECK_INT(taken, 0);
	CHECK_INT(found, right);
	CHECK(found >= n * 95 / 100);

	/* A rewrite: the letter replaced by another text. */
	{
		struct got g = moved(letter, "the situation of our Korean friends is very grave", a);
		CHECK_STR(anchor_outcome_name(g.o), "orphaned");
		CHECK_INT(g.s, strstr(letter, "the situation") - letter);
		got_free(&g);
	}
	free(a);
	free(b);
	free(c);
}

int main(void)
{
	test_kept_and_moved();
	test_fuzzy();
	test_duplicates();
	test_unicode();
	test_edges();
	test_long();
	test_unrelated();
	return test_done();
}
