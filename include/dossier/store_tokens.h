/* store_tokens.h: a document's words for the full-text index, made ahead
 * on another thread.
 *
 * The full-text index tokenizes each document as the import commits it,
 * on the one thread that writes the library: at an import's size that was
 * a fifth of the writer's time. The thread that parses the files ahead
 * now tokenizes their fields too, with the same tokenizer (a tokenizer of
 * its own), and the store hands FTS5 the tokens already made. The tokens
 * are used only for a text equal to the one they were made from (its
 * length and a hash of its bytes): any other text, say a title the reader
 * corrected, is tokenized as before. */
#ifndef DOSSIER_STORE_TOKENS_H
#define DOSSIER_STORE_TOKENS_H

#include <stdint.h>

#include "dossier/doc.h"
#include "dossier/store.h"

/* A tokenizer for one thread. Created on the store's thread (before the
 * other thread uses it); NULL when the store has no full-text tokenizer
 * to copy. */
struct store_tokenizer;
struct store_tokenizer *store_tokenizer_create(struct store *s);
void store_tokenizer_free(struct store_tokenizer *t);

/* A document's title, summary and body, tokenized as the full-text index
 * would; NULL if the tokenizer fails. Runs on the tokenizer's thread. */
struct doc_tokens;
struct doc_tokens *store_tokenize_doc(struct store_tokenizer *t, const struct doc *d);
void doc_tokens_free(struct doc_tokens *k);

/* Gives the store the tokens of document id, stored in this transaction,
 * to index it with when it commits (they are dropped then, or at a
 * rollback). Takes k. */
void store_tokens_give(struct store *s, int64_t id, struct doc_tokens *k);

#endif
