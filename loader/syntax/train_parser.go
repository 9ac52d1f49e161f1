package syntax

import (
	"cmp"
	"math/rand/v2"
	"slices"
)

// Words seen once in training stand in for unknown words: each of their
// occurrences is replaced by the unknown-word hash with this probability
// per pass, so the parser learns weights for words it has never seen.
const unknownDropout = 0.5

// TrainParser trains a parser on the trees of sents, reading part-of-speech
// tags from tags[i] for sentence i (use tags predicted by a tagger that did
// not see the sentence, so the parser learns to live with tagging errors),
// or from sents[i].Tags where tags is nil. Sentences whose trees are not
// projective, or lack heads, are skipped; the count is returned.
func TrainParser(sents []Sentence, tags [][]string, opt TrainOptions) (*Parser, int) {
	if opt.Iterations == 0 {
		opt.Iterations = 15
	}
	if opt.Prune == 0 {
		opt.Prune = 0.01
	}
	freq := map[string]int{}
	for _, s := range sents {
		for _, l := range s.Labels {
			freq[l]++
		}
	}
	labels := make([]string, 0, len(freq))
	for l := range freq {
		labels = append(labels, l)
	}
	slices.SortFunc(labels, func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b))
	})
	labels = labels[:min(len(labels), 127)]
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	nl := len(labels)
	wordFreq := map[uint64]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			wordFreq[analyse(w).lower]++
		}
	}
	vocab := map[uint64]struct{}{}
	for h, n := range wordFreq {
		vocab[h] = struct{}{}
		_ = n
	}
	parser := newParser(labels, vocab, nil)

	// Gold transition sequences; a sentence whose oracle cannot rebuild
	// its tree is non-projective (or damaged) and skipped.
	type example struct {
		words, tags []string
		oracle      []int
	}
	var data []example
	skipped := 0
	for i, s := range sents {
		seq, ok := oracleSequence(&s, index, parser.rootLbl)
		if !ok {
			skipped++
			continue
		}
		t := s.Tags
		if tags != nil {
			t = tags[i]
		}
		data = append(data, example{s.Words, t, seq})
	}

	p := newPerceptron(1 + 2*nl)
	scores := make([]float64, 1+2*nl)
	st := &parseState{}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a75e))
	for range opt.Iterations {
		for _, ex := range data {
			st.init(ex.words, ex.tags, vocab)
			for i := 1; i <= st.n; i++ {
				if wordFreq[st.infos[i].lower] == 1 && rng.Float64() < unknownDropout {
					st.infos[i].lower = hUnknown
				}
			}
			for _, gold := range ex.oracle {
				st.feats = st.features(st.feats[:0])
				p.score(st.feats, scores)
				guess := bestValid(parser, st, scores)
				p.update(gold, guess, st.feats)
				st.apply(gold, nl)
			}
		}
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
	}
	parser.weights = p.average(opt.Prune)
	return parser, skipped
}

// oracleSequence returns the arc-standard transitions that build the tree
// of s (static oracle), or false if there are none.
func oracleSequence(s *Sentence, index map[string]int, rootLbl int) ([]int, bool) {
	n := s.Len()
	nl := len(index)
	gold := make([]int32, n+1)
	lbl := make([]int, n+1)
	need := make([]int, n+1) // dependents still to attach
	for i, h := range s.Heads {
		if h < 0 {
			return nil, false
		}
		l, ok := index[s.Labels[i]]
		if !ok || (h == 0) != (l == rootLbl) {
			return nil, false
		}
		gold[i+1], lbl[i+1] = int32(h), l
		need[h]++
	}
	st := &parseState{}
	st.init(s.Words, nil, nil)
	var seq []int
	for !st.terminal() {
		c := -1
		if k := len(st.stack); k >= 2 {
			s0, s1 := st.stack[k-1], st.stack[k-2]
			switch {
			case s1 != 0 && gold[s1] == s0 && need[s1] == 0:
				c = 1 + lbl[s1]
			case gold[s0] == s1 && need[s0] == 0 && (s1 != 0 || int(st.b) > n):
				c = 1 + nl + lbl[s0]
			}
		}
		if c < 0 {
			if int(st.b) > n {
				return nil, false
			}
			c = 0
		}
		if c > 0 {
			k := len(st.stack)
			if c <= nl {
				need[st.stack[k-1]]--
			} else {
				need[st.stack[k-2]]--
			}
		}
		seq = append(seq, c)
		st.apply(c, nl)
	}
	return seq, true
}

// AttachmentScores parses sents with p, using tags from tg (or the gold
// Tags if tg is nil), and returns the unlabelled and labelled attachment
// scores over all words, punctuation included.
func AttachmentScores(p *Parser, tg *Tagger, sents []Sentence) (uas, las float64) {
	var heads []int
	var labels, tags []string
	right, rightL, all := 0, 0, 0
	for _, s := range sents {
		n := s.Len()
		heads = slices.Grow(heads[:0], n)[:n]
		labels = slices.Grow(labels[:0], n)[:n]
		t := s.Tags
		if tg != nil {
			tags = slices.Grow(tags[:0], n)[:n]
			tg.TagInto(s.Words, tags)
			t = tags
		}
		p.ParseInto(s.Words, t, heads, labels)
		for i := range n {
			if s.Heads[i] < 0 {
				continue
			}
			all++
			if heads[i] == s.Heads[i] {
				right++
				if labels[i] == s.Labels[i] {
					rightL++
				}
			}
		}
	}
	if all == 0 {
		return 0, 0
	}
	return float64(right) / float64(all), float64(rightL) / float64(all)
}
