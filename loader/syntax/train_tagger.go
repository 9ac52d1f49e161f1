package syntax

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
)

// TrainOptions controls training of both models.
type TrainOptions struct {
	Iterations int    // passes over the data; 0 means the model's default
	Seed       uint64 // shuffling seed, so a model can be rebuilt exactly
	// Prune drops averaged weights smaller than this in magnitude;
	// 0 means the model's default.
	Prune float64
}

// Tag dictionary thresholds (Honnibal's): a word seen at least this often
// with one tag at least this share of the time is tagged by lookup.
const (
	dictMinFreq  = 20
	dictMinShare = 0.97
)

// taggerDropout is the share of rare-word occurrences training treats as
// unknown words (see unknownDropout).
const taggerDropout = 0.5

// TrainTagger trains a tagger on the Tags (XPOS) of sents.
func TrainTagger(sents []Sentence, opt TrainOptions) *Tagger {
	if opt.Iterations == 0 {
		opt.Iterations = 12
	}
	if opt.Prune == 0 {
		opt.Prune = 0.002
	}
	// Classes by frequency, so that ties go to the commonest tag.
	freq := map[string]int{}
	for _, s := range sents {
		for _, tag := range s.Tags {
			freq[tag]++
		}
	}
	classes := make([]string, 0, len(freq))
	for tag := range freq {
		classes = append(classes, tag)
	}
	slices.SortFunc(classes, func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b))
	})
	classes = classes[:min(len(classes), 256)]
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}

	dict := buildTagDict(sents, index)
	p := newPerceptron(len(classes))
	lex := buildLexicon(sents)
	freqs := map[uint64]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			freqs[analyse(w).lower]++
		}
	}
	vocab := make(map[uint64]struct{}, len(freqs))
	for h := range freqs {
		vocab[h] = struct{}{}
	}
	t := newTagger(classes, dict, lex, vocab, nil)

	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a6))
	var (
		infos  []wordInfo
		feats  []uint64
		scores = make([]float64, len(classes))
	)
	for range opt.Iterations {
		for _, si := range order {
			s := &sents[si]
			infos = analyseSentence(infos, s.Words)
			for i := 2; i < len(infos)-2; i++ {
				if freqs[infos[i].lower] == 1 && rng.Float64() < taggerDropout {
					infos[i].forget()
				}
			}
			p1, p2 := hStart, hStart2
			for i := range s.Words {
				truth, known := index[s.Tags[i]]
				guess, ok := dict[infos[i+2].exact]
				g := int(guess)
				if !ok {
					_, inLex := lex[infos[i+2].lower]
					feats = tagFeatures(feats[:0], infos, i+2, p1, p2, inLex)
					p.score(feats, scores)
					g = argmax(scores)
					if known {
						p.update(truth, g, feats)
					}
				}
				p2, p1 = p1, t.classHash[g]
			}
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	t.weights = p.average(opt.Prune, 0)
	return t
}

func buildLexicon(sents []Sentence) map[uint64]struct{} {
	lex := map[uint64]struct{}{}
	for _, s := range sents {
		for _, w := range s.Words {
			if strings.ToLower(w) == w {
				lex[analyse(w).lower] = struct{}{}
			}
		}
	}
	return lex
}

func buildTagDict(sents []Sentence, index map[string]int) map[uint64]uint8 {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			c, ok := index[s.Tags[i]]
			if !ok {
				continue
			}
			if counts[w] == nil {
				counts[w] = map[int]int{}
			}
			counts[w][c]++
		}
	}
	dict := map[uint64]uint8{}
	for w, byTag := range counts {
		n, best, bestN := 0, 0, 0
		for c, k := range byTag {
			n += k
			if k > bestN || (k == bestN && c < best) {
				best, bestN = c, k
			}
		}
		if n >= dictMinFreq && float64(bestN)/float64(n) >= dictMinShare {
			dict[analyse(w).exact] = uint8(best)
		}
	}
	return dict
}

// TagAccuracy is the share of words in sents whose Tags t predicts.
func TagAccuracy(t *Tagger, sents []Sentence) float64 {
	right, all := 0, 0
	var tags []string
	for _, s := range sents {
		tags = slices.Grow(tags[:0], len(s.Words))[:len(s.Words)]
		t.TagInto(s.Words, tags)
		for i, tag := range tags {
			if tag == s.Tags[i] {
				right++
			}
			all++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(right) / float64(all)
}
