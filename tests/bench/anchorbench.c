/* anchorbench.c: re-anchoring annotations after a document changed.
 *
 *   cc -O2 -Iinclude tests/bench/anchorbench.c src/core/anchor.c src/core/util.c -lunistring
 *   ./a.out [SEED [ANNOTATIONS [EDITS]]]
 *
 * Makes a 1 MiB English-like document (words from a fixed list, sentences
 * and paragraphs; deterministic for the seed), anchors ANNOTATIONS random
 * passages of 10-200 bytes (default 10,000), applies EDITS scattered
 * insertions, deletions and replacements of 1-50 bytes (default 200), then
 * re-anchors every annotation and prints
 *
 *   reanchor_ms N          wall time of the re-anchoring alone
 *   max_locate_ms N        the slowest single annotation
 *   kept N moved N fuzzy N orphaned N
 *   touched N              passages an edit fell inside (the rest are intact)
 *   intact_exact N         intact passages found exactly where they went
 *   misplaced N            found, but not where the passage went
 *
 * The bench knows the edits (the module does not), so it knows where each
 * passage went: "misplaced" counts wrong attachments and should be 0. Goal:
 * under 1 s for the 10,000. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/anchor.h"
#include "dossier/util.h"

static uint64_t rng_s;

static uint64_t rng(void)
{
	uint64_t z = (rng_s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static size_t pick(size_t n)
{
	return (size_t)(rng() % n);
}

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
	"ambassador", "answer", "received", "army", "situation", "Chinese", "proposal", "Moscow",
	"Pyongyang", "Beijing", "divisions", "parallel", "offensive", "ceasefire", "negotiations",
	"delegation", "minister", "committee", "central", "meeting", "instructions", "cable",
	"regarding", "immediately", "agreement", "Stalin", "Shtykov", "Zhou", "Enlai", "Mao",
	"Zedong", "Kim", "Il", "Sung", "Vyshinsky", "Molotov", "Gromyko", "secret", "urgent",
	"report", "request", "support", "military", "political", "economic", "assistance",
};

#define NWORDS (sizeof words / sizeof words[0])

/* Words (Zipf-ish: low indices far more often) in sentences and
 * paragraphs, until at least n bytes. */
static void gen_words(struct buf *b, size_t n)
{
	size_t start = b->len, sentence = 0;

	while (b->len - start < n) {
		size_t r = pick(NWORDS), w = pick(r + 1);     /* skews to the front */
		const char *word = words[w];
		if (b->len > start)
			buf_addc(b, ' ');
		if (sentence == 0) {
			buf_addc(b, (char)(word[0] >= 'a' && word[0] <= 'z' ? word[0] - 32 : word[0]));
			buf_adds(b, word + 1);
		} else {
			buf_adds(b, word);
		}
		if (++sentence > 5 + pick(20)) {
			buf_adds(b, pick(4) ? "." : pick(3) ? ".\n\n" : ",");
			if (b->data[b->len - 1] != ',')
				sentence = 0;
		}
	}
}

struct note {
	struct anchor a;
	size_t s, e;            /* where the passage is now, as the bench knows */
	int touched;            /* an edit fell inside it */
};

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	uint64_t seed = argc > 1 ? strtoull(argv[1], NULL, 10) : 1;
	size_t nnotes = argc > 2 ? strtoul(argv[2], NULL, 10) : 10000;
	size_t nedits = argc > 3 ? strtoul(argv[3], NULL, 10) : 200;
	size_t counts[4] = { 0 }, touched = 0, intact_exact = 0, misplaced = 0, i, k;
	struct note *notes;
	struct buf doc, ins, next;
	double t0, t1, worst = 0;

	rng_s = seed;
	buf_init(&doc);
	gen_words(&doc, 1 << 20);
	buf_truncate(&doc, 1 << 20);

	notes = xcalloc(nnotes, sizeof *notes);
	for (i = 0; i < nnotes; i++) {
		size_t len = 10 + pick(191), s = pick(doc.len - len);
		anchor_make(doc.data, doc.len, s, s + len, &notes[i].a);
		notes[i].s = notes[i].a.start;
		notes[i].e = notes[i].a.end;
	}

	/* Scattered edits: each at a random place of the current text. */
	buf_init(&ins);
	buf_init(&next);
	for (k = 0; k < nedits; k++) {
		size_t kind = pick(3), p = pick(doc.len), dl = 0, il = 0;
		buf_truncate(&ins, 0);
		if (kind != 0)          /* deletion or replacement */
			dl = 1 + pick(50);
		if (kind != 1) {        /* insertion or replacement */
			il = 1 + pick(50);
			gen_words(&ins, il);
			buf_truncate(&ins, il);
		}
		if (p + dl > doc.len)
			dl = doc.len - p;
		buf_truncate(&next, 0);
		buf_add(&next, doc.data, p);
		buf_add(&next, ins.data, il);
		buf_add(&next, doc.data + p + dl, doc.len - p - dl);
		buf_truncate(&doc, 0);
		buf_add(&doc, next.data, next.len);
		for (i = 0; i < nnotes; i++) {
			struct note *n = &notes[i];
			if (p + dl <= n->s) {
				n->s = n->s + il - dl;
				n->e = n->e + il - dl;
			} else if (p >= n->e) {
				/* after it */
			} else {
				n->touched = 1;
				n->e = n->e > p + dl ? n->e - dl + il : p + il;
				n->s = n->s < p ? n->s : p;
			}
		}
	}

	t0 = now_ms();
	for (i = 0; i < nnotes; i++) {
		struct note *n = &notes[i];
		size_t s, e;
		double a = now_ms(), b;
		enum anchor_outcome o = anchor_locate(&n->a, doc.data, doc.len, &s, &e, NULL);
		b = now_ms();
		if (b - a > worst)
			worst = b - a;
		counts[o]++;
		touched += n->touched;
		if (o == ANCHOR_ORPHANED)
			continue;
		if (!n->touched && s == n->s && e == n->e)
			intact_exact++;
		else if (n->touched ? !(s < n->e && e > n->s) : 1)
			misplaced++;
	}
	t1 = now_ms();

	printf("reanchor_ms %.1f\n", t1 - t0);
	printf("max_locate_ms %.2f\n", worst);
	printf("kept %zu moved %zu fuzzy %zu orphaned %zu\n", counts[ANCHOR_KEPT], counts[ANCHOR_MOVED],
	       counts[ANCHOR_FUZZY], counts[ANCHOR_ORPHANED]);
	printf("touched %zu\n", touched);
	printf("intact_exact %zu of %zu\n", intact_exact, nnotes - touched);
	printf("misplaced %zu\n", misplaced);

	for (i = 0; i < nnotes; i++)
		anchor_clear(&notes[i].a);
	free(notes);
	buf_free(&doc);
	buf_free(&ins);
	buf_free(&next);
	return 0;
}
