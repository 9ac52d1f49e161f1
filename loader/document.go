package loader

// This file is the contract between the loader's stages: the text stages
// (read, clean, split, tokenize) fill a document; the extraction stages
// (entities, coreference, roles, relations) read it.

import "github.com/actorgraph/actorgraph/ontology"

// document is one article prepared for extraction.
type document struct {
	article ontology.Article
	// text is the cleaned body (title and boilerplate lines removed);
	// offsets in sentences and tokens index into it.
	text      string
	sentences []sentence
	// origin maps a byte offset in text to the byte offset in
	// article.Text it came from, so evidence can point at the original.
	origin []int
}

// sentence is one sentence of the body, numbered from 0.
type sentence struct {
	index      int
	start, end int // byte offsets into document.text
	text       string
	tokens     []token
}

// token is a word or punctuation mark.
type token struct {
	text       string
	start, end int    // byte offsets into document.text
	tag        string // Penn Treebank part-of-speech tag, "" until tagged
}
