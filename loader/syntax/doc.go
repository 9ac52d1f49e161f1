// Package syntax tags English words with Penn Treebank part-of-speech tags
// and parses sentences into Universal Dependencies trees, in pure Go.
//
// Data enters as a tokenized sentence ([]string of words) and leaves as a
// tag per word ([Tagger.Tag]) and a head index and relation label per word
// ([Parser.Parse]). Both models are averaged perceptrons trained in Go on
// the CC BY part of the GUM corpus (academic, court and interview texts;
// see model/ATTRIBUTION.md) and embedded in the binary, so nothing is
// downloaded at run time. [DefaultTagger] and [DefaultParser] decode the
// embedded models once; the returned values are read-only and safe for
// concurrent use.
//
// The tagger follows the classic greedy averaged-perceptron design
// (Collins 2002; Honnibal's "A good POS tagger in about 200 lines"): word,
// affix, shape and neighbour features, previous predicted tags, and a tag
// dictionary for frequent unambiguous words. The parser is a greedy
// arc-hybrid transition parser with labelled transitions, trained with a
// dynamic oracle and exploration (Goldberg and Nivre 2012), so it learns
// to recover from its own mistakes and uses non-projective training trees
// too. Features are hashed to uint64 and
// looked up in an open-addressing table, so tagging and parsing allocate
// nothing per feature.
//
// Words should be tokenized the Penn Treebank way, as in the training
// data: punctuation split off, possessive 's and n't as words of their own
// ("Russia" "'s", "did" "n't"), abbreviations kept whole ("U.S.", "Gen.").
// Curly and straight quotes and apostrophes both occur in training.
//
// Held-out accuracy (4 GUM documents, 4,200 words, in testdata/; the tests
// keep floors under these): tagging about 94%; parsing with predicted tags
// about 79% UAS and 74% LAS. The training texts are academic, court and
// interview prose, not news, so expect somewhat less on news.
//
// To rebuild the models from the corpus, run `go generate` in this
// directory (see gen.go and internal/train).
package syntax
