package syntax

import (
	"strings"
	"sync"
)

// Parser is a greedy arc-hybrid dependency parser producing Universal
// Dependencies trees. A Parser is read-only after it is built and safe for
// concurrent use.
//
// Classes: 0 is SHIFT, 1+l is LEFT-ARC with label l (the stack top
// becomes a dependent of the next buffer word), 1+L+l is RIGHT-ARC with
// label l (the stack top becomes a dependent of the word under it).
type Parser struct {
	labels  []string
	rootLbl int // index of "root" in labels, or -1
	// hasAgent says whether labels include obl:agent (see markAgents).
	hasAgent bool
	weights  *table
	vocab    map[uint64]struct{} // lowercase hashes of words with own weights
	scratch  sync.Pool           // *parseState
}

func newParser(labels []string, vocab map[uint64]struct{}, w *table) *Parser {
	p := &Parser{labels: labels, vocab: vocab, weights: w, rootLbl: -1}
	for i, l := range labels {
		switch l {
		case "root":
			p.rootLbl = i
		case "obl:agent":
			p.hasAgent = true
		}
	}
	p.scratch.New = func() any { return &parseState{scores: make([]int32, 1+2*len(labels))} }
	return p
}

// Labels returns the dependency relations the parser chooses from.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse returns, for word i, the 1-based index of its head (0 for the
// root of the sentence) and its relation label. tags are Penn tags as from
// [Tagger.Tag]; missing tags are treated as unknown. The result is always
// a single-rooted tree.
func (p *Parser) Parse(words, tags []string) (heads []int, labels []string) {
	heads = make([]int, len(words))
	labels = make([]string, len(words))
	p.ParseInto(words, tags, heads, labels)
	return heads, labels
}

// ParseInto is Parse writing into heads and labels, which must be at
// least as long as words.
func (p *Parser) ParseInto(words, tags []string, heads []int, labels []string) {
	if len(heads) < len(words) || len(labels) < len(words) {
		panic("syntax: ParseInto: result slices shorter than words")
	}
	st := p.scratch.Get().(*parseState)
	st.init(words, tags, p.vocab)
	nl := len(p.labels)
	for !st.terminal() {
		// With an empty stack the only move is SHIFT, and with one word
		// left before the root the only move is its root arc: no need to
		// score either.
		k, word := len(st.stack), int(st.b) <= st.n
		switch {
		case k == 0 && word:
			st.apply(0, nl)
		case k == 1 && !word && p.rootLbl >= 0:
			st.apply(1+p.rootLbl, nl)
		default:
			st.feats = st.features(st.feats[:0])
			clear(st.scores)
			p.weights.add(st.feats, st.scores)
			st.apply(bestValid(p, st, st.scores), nl)
		}
	}
	root := int32(len(words) + 1)
	for i := range words {
		h, l := st.heads[i+1], st.labels[i+1]
		if h == root {
			h = 0
		} else if h < 0 { // cannot happen for a finished parse; keep the tree whole
			h, l = 0, int16(max(p.rootLbl, 0))
		}
		heads[i] = int(h)
		labels[i] = p.labels[l]
	}
	p.markAgents(words, heads[:len(words)], labels[:len(words)])
	p.scratch.Put(st)
}

// markAgents relabels as obl:agent an obl introduced by "by" whose head is
// a passive verb (one with an aux:pass or nsubj:pass dependent), as UD
// does. The model, trained on few passives, often says plain obl, and the
// agent is who did the deed ("Sumy was struck by Russian missiles").
func (p *Parser) markAgents(words []string, heads []int, labels []string) {
	if !p.hasAgent {
		return
	}
	for i, l := range labels {
		if l != "obl" || heads[i] == 0 {
			continue
		}
		by, passive := false, false
		for j, h := range heads {
			switch {
			case h == i+1 && labels[j] == "case" && strings.EqualFold(words[j], "by"):
				by = true
			case h == heads[i] && (labels[j] == "aux:pass" || labels[j] == "nsubj:pass"):
				passive = true
			}
		}
		if by && passive {
			labels[i] = "obl:agent"
		}
	}
}

// bestValid returns the highest-scoring transition allowed in st. The
// root takes one dependent, labelled root, and only when it is the last
// word left, so every parse is a single-rooted tree.
func bestValid[T int32 | float64](p *Parser, st *parseState, scores []T) int {
	best, _ := bestAllowed(p, st, scores, nil)
	return best
}

// bestAllowed is bestValid restricted to the classes ok accepts (all, if
// ok is nil); it returns -1 if there are none.
func bestAllowed[T int32 | float64](p *Parser, st *parseState, scores []T, ok func(int) bool) (int, T) {
	nl := len(p.labels)
	best, bestScore := -1, T(0)
	// scan considers classes lo..hi-1 except skip.
	scan := func(lo, hi, skip int) {
		for c := lo; c < hi; c++ {
			if c != skip && (best < 0 || scores[c] > bestScore) && (ok == nil || ok(c)) {
				best, bestScore = c, scores[c]
			}
		}
	}
	noRoot := -1
	if p.rootLbl >= 0 {
		noRoot = p.rootLbl
	}
	word := int(st.b) <= st.n // the buffer front is a word, not the root
	k := len(st.stack)
	if word {
		scan(0, 1, -1)
	}
	switch {
	case k == 0:
	case word:
		scan(1, 1+nl, 1+noRoot)
	case k == 1 && p.rootLbl >= 0:
		scan(1+p.rootLbl, 2+p.rootLbl, -1)
	case k == 1:
		scan(1, 1+nl, -1)
	}
	if k >= 2 {
		scan(1+nl, 1+2*nl, 1+nl+noRoot)
	}
	return best, bestScore
}
