package syntax

import (
	"cmp"
	"math"
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
// or from sents[i].Tags where tags is nil. Training follows a dynamic
// oracle, so non-projective trees are used too (the parser learns the best
// projective tree it can reach); sentences lacking heads are skipped and
// counted.
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

	type example struct {
		words, tags []string
		gold        []int32 // gold head of word i (n+1: the root)
		label       []int   // gold label of word i
	}
	var data []example
	skipped := 0
	for i, s := range sents {
		ex := example{words: s.Words, tags: s.Tags, gold: make([]int32, s.Len()+2), label: make([]int, s.Len()+2)}
		if tags != nil {
			ex.tags = tags[i]
		}
		ok := true
		for j, h := range s.Heads {
			l, known := index[s.Labels[j]]
			if h < 0 || !known {
				ok = false
				break
			}
			if h == 0 {
				h = s.Len() + 1 // the root is at the end of the buffer
			}
			ex.gold[j+1], ex.label[j+1] = int32(h), l
		}
		if !ok {
			skipped++
			continue
		}
		data = append(data, ex)
	}

	p := newPerceptron(1 + 2*nl)
	scores := make([]float64, 1+2*nl)
	st := &parseState{}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a75e))
	for iter := range opt.Iterations {
		for _, ex := range data {
			st.init(ex.words, ex.tags, vocab)
			for i := 1; i <= st.n; i++ {
				if wordFreq[st.infos[i].lower] == 1 && rng.Float64() < unknownDropout {
					st.infos[i].lower = hUnknown
				}
			}
			for !st.terminal() {
				st.feats = st.features(st.feats[:0])
				if iter == 0 {
					p.observe(st.feats)
				}
				p.score(st.feats, scores)
				guess := bestValid(parser, st, scores)
				cost := transitionCost(st, ex.gold, ex.label, nl)
				minCost := math.MaxInt
				bestAllowed(parser, st, scores, func(c int) bool {
					minCost = min(minCost, cost(c))
					return false
				})
				truth, _ := bestAllowed(parser, st, scores, func(c int) bool { return cost(c) == minCost })
				p.update(truth, guess, st.feats)
				next := truth
				if iter >= exploreAfter && rng.Float64() < exploreProb {
					next = guess
				}
				st.apply(next, nl)
			}
		}
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
	}
	parser.weights = p.average(opt.Prune, minFeatureCount)
	return parser, skipped
}

// Training explores (follows its own, possibly wrong, transitions and
// learns from the dynamic oracle what is best from there) after the first
// passes, most of the time.
const (
	exploreAfter = 2
	// minFeatureCount drops features seen fewer times than this in the
	// first pass: they are most of the table, cost memory bandwidth at
	// parse time, and add little.
	minFeatureCount = 2
	exploreProb     = 0.9
)

// transitionCost returns the cost of each class in st: gold arcs it makes
// unreachable, plus one for a wrong label on a gold arc.
func transitionCost(st *parseState, gold []int32, label []int, nl int) func(int) int {
	shift, left, right := st.costs(gold)
	s0, s1 := int32(0), int32(-1)
	if k := len(st.stack); k >= 1 {
		s0 = st.stack[k-1]
		if k >= 2 {
			s1 = st.stack[k-2]
		}
	}
	return func(c int) int {
		switch {
		case c == 0:
			return shift
		case c <= nl:
			if gold[s0] == st.b && label[s0] != c-1 {
				return left + 1
			}
			return left
		default:
			if gold[s0] == s1 && label[s0] != c-1-nl {
				return right + 1
			}
			return right
		}
	}
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
