package syntax

import (
	"sync"
)

// Tagger assigns Penn Treebank part-of-speech tags to tokenized English.
// A Tagger is read-only after it is built and safe for concurrent use.
type Tagger struct {
	classes   []string // tag names, indexed by class
	classHash []uint64 // hashString of each tag name
	dict      map[uint64]uint8
	// lex holds the lowercase hashes of words seen written in lower case
	// in training: a capitalised word whose lower-case form is not an
	// ordinary word is most likely a name, even first in a sentence.
	lex map[uint64]struct{}
	// vocab holds the lowercase hashes of all training words; others are
	// replaced by one unknown-word hash, whose weights training learnt
	// from rare words (see unknownDropout).
	vocab   map[uint64]struct{}
	weights *table
	scratch sync.Pool // *tagScratch
}

type tagScratch struct {
	infos  []wordInfo
	feats  []uint64
	scores []int32
}

// Feature templates of the tagger. Values are arbitrary but fixed: model
// files store hashes built from them.
const (
	tBias uint64 = iota + 101
	tWord
	tExact
	tSuf3
	tSuf2
	tPre1
	tShape
	tShapeFirst
	tPrev
	tPrev2
	tPrevPrev2
	tPrevWord
	tPrevShape
	tWordM1
	tSuf3M1
	tWordM2
	tWordP1
	tSuf3P1
	tWordP2
	tShapeP1
	tShapeM1
	tCapLex
	tIrregular
	tIrregularPrev
)

// tagFeatures appends the features of word i (index into infos, which is
// padded with two words on each side) given the two previous tags.
func tagFeatures(dst []uint64, infos []wordInfo, i int, p1, p2 uint64, inLex bool) []uint64 {
	w, m1, m2, n1, n2 := &infos[i], &infos[i-1], &infos[i-2], &infos[i+1], &infos[i+2]
	first, capLex := uint64(0), uint64(0)
	if i == 2 {
		first = 1
	}
	if w.cap {
		capLex = 1
	}
	if inLex {
		capLex += 2
	}
	return append(dst,
		tBias,
		feat1(tWord, w.lower),
		feat1(tExact, w.exact),
		feat1(tSuf3, w.suf3),
		feat1(tSuf2, w.suf2),
		feat1(tPre1, w.pre1),
		feat1(tShape, w.shape),
		feat2(tShapeFirst, w.shape, first),
		feat1(tPrev, p1),
		feat1(tPrev2, p2),
		feat2(tPrevPrev2, p1, p2),
		feat2(tPrevWord, p1, w.lower),
		feat2(tPrevShape, p1, w.shape),
		feat1(tWordM1, m1.lower),
		feat1(tSuf3M1, m1.suf3),
		feat1(tWordM2, m2.lower),
		feat1(tWordP1, n1.lower),
		feat1(tSuf3P1, n1.suf3),
		feat1(tWordP2, n2.lower),
		feat1(tShapeP1, n1.shape),
		feat1(tShapeM1, m1.shape),
		feat2(tCapLex, capLex*first, first),
		feat1(tIrregular, uint64(w.irr)),
		feat2(tIrregularPrev, uint64(w.irr), p1),
	)
}

// analyseSentence returns infos for words padded with two start and two
// end markers.
func analyseSentence(dst []wordInfo, words []string) []wordInfo {
	dst = append(dst[:0], padInfo(hStart2), padInfo(hStart))
	for _, w := range words {
		dst = append(dst, analyse(w))
	}
	return append(dst, padInfo(hEnd), padInfo(hEnd2))
}

func newTagger(classes []string, dict map[uint64]uint8, lex, vocab map[uint64]struct{}, w *table) *Tagger {
	t := &Tagger{classes: classes, dict: dict, lex: lex, vocab: vocab, weights: w}
	t.classHash = make([]uint64, len(classes))
	for i, c := range classes {
		t.classHash[i] = hashString(c)
	}
	t.scratch.New = func() any {
		return &tagScratch{feats: make([]uint64, 0, 32), scores: make([]int32, len(classes))}
	}
	return t
}

// Tags returns the tag set the tagger chooses from.
func (t *Tagger) Tags() []string { return append([]string(nil), t.classes...) }

// Tag returns one Penn Treebank tag per word.
func (t *Tagger) Tag(words []string) []string {
	tags := make([]string, len(words))
	t.TagInto(words, tags)
	return tags
}

// TagInto writes one tag per word into tags, which must be at least as
// long as words; it allocates nothing once warmed up.
func (t *Tagger) TagInto(words []string, tags []string) {
	if len(tags) < len(words) {
		panic("syntax: TagInto: tags shorter than words")
	}
	s := t.scratch.Get().(*tagScratch)
	s.infos = analyseSentence(s.infos, words)
	for i := 2; i < len(s.infos)-2; i++ {
		if _, ok := t.vocab[s.infos[i].lower]; !ok {
			s.infos[i].forget()
		}
	}
	p1, p2 := hStart, hStart2
	for i := range words {
		c, ok := t.dict[s.infos[i+2].exact]
		if !ok {
			_, inLex := t.lex[s.infos[i+2].lower]
			s.feats = tagFeatures(s.feats[:0], s.infos, i+2, p1, p2, inLex)
			clear(s.scores)
			t.weights.add(s.feats, s.scores)
			c = uint8(argmax(s.scores))
		}
		tags[i] = t.classes[c]
		p2, p1 = p1, t.classHash[c]
	}
	t.scratch.Put(s)
}

func argmax[T int32 | float64](xs []T) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}
