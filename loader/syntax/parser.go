package syntax

import "sync"

// Parser is a greedy arc-standard dependency parser producing Universal
// Dependencies trees. A Parser is read-only after it is built and safe for
// concurrent use.
//
// Classes: 0 is SHIFT, 1+l is LEFT-ARC with label l (s1 becomes a
// dependent of s0), 1+L+l is RIGHT-ARC with label l (s0 becomes a
// dependent of s1).
type Parser struct {
	labels  []string
	rootLbl int // index of "root" in labels, or -1
	weights *table
	vocab   map[uint64]struct{} // lowercase hashes of words with own weights
	scratch sync.Pool           // *parseState
}

func newParser(labels []string, vocab map[uint64]struct{}, w *table) *Parser {
	p := &Parser{labels: labels, vocab: vocab, weights: w, rootLbl: -1}
	for i, l := range labels {
		if l == "root" {
			p.rootLbl = i
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
		st.feats = st.features(st.feats[:0])
		clear(st.scores)
		p.weights.add(st.feats, st.scores)
		st.apply(bestValid(p, st, st.scores), nl)
	}
	for i := range words {
		h, l := st.heads[i+1], st.labels[i+1]
		if h < 0 { // cannot happen for a finished parse; keep the tree whole
			h, l = 0, int16(max(p.rootLbl, 0))
		}
		heads[i] = int(h)
		labels[i] = p.labels[l]
	}
	p.scratch.Put(st)
}

// bestValid returns the highest-scoring transition allowed in st. The
// only arc to the root is labelled root and made last, so every parse is
// a single-rooted tree.
func bestValid[T int32 | float64](p *Parser, st *parseState, scores []T) int {
	nl := len(p.labels)
	best, bestScore := -1, T(0)
	consider := func(c int) {
		if best < 0 || scores[c] > bestScore {
			best, bestScore = c, scores[c]
		}
	}
	if int(st.b) <= st.n {
		consider(0)
	}
	if len(st.stack) >= 2 {
		s1 := st.stack[len(st.stack)-2]
		for l := range nl {
			if s1 == 0 {
				if int(st.b) > st.n && (l == p.rootLbl || p.rootLbl < 0) {
					consider(1 + nl + l)
				}
				continue
			}
			if l == p.rootLbl {
				continue
			}
			consider(1 + l)
			consider(1 + nl + l)
		}
	}
	return best
}
